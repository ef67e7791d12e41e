package uk.police.wm.rcs.cyber;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.ContractFiles;

/** The committed OpenAPI document is the service's contract: the build fails when the code drifts from it. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedOpenApiMatchesTheCode() {
        String generated = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        ContractFiles.assertMatchesCommitted(generated, Path.of("src/main/openapi/openapi.json"));
    }
}
