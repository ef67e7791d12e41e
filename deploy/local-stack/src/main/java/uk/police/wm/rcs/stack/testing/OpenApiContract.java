package uk.police.wm.rcs.stack.testing;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document is the service's contract: the build fails when the code drifts from it. Each
 * service's test is a {@code @QuarkusTest} subclass with no body, so that the check is written once.
 */
public abstract class OpenApiContract {

    @Test
    public void committedOpenApiMatchesTheCode() {
        String generated = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        ContractFiles.assertMatchesCommitted(generated, Path.of("src/main/openapi/openapi.json"));
    }
}
