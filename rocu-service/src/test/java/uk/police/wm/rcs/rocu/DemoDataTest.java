package uk.police.wm.rcs.rocu;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** The demo files {@code deploy/demo/2*-rocu-*.json} are accepted by the API, and replaying them changes nothing. */
@QuarkusTest
class DemoDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDemoRequestIsAcceptedAndTheFilesReplay() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(System.getProperty("rcs.repo.root"), "deploy", "demo"))) {
            files = listing.filter(p -> p.getFileName().toString().matches("2.*-rocu-.*\\.json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        for (int pass = 0; pass < 2; pass++) {
            for (Path file : files) {
                JsonNode requests = JSON.readTree(file.toFile());
                String name = file.getFileName().toString().replace(".json", "");
                for (int i = 0; i < requests.size(); i++) {
                    JsonNode r = requests.get(i);
                    RequestSpecification spec = given().auth().oauth2(token(r.get("as").asText()))
                            .header("Idempotency-Key", "demo-" + name + "-" + i + (pass == 0 ? "" : "-again"))
                            .contentType(ContentType.JSON).body(r.has("body") ? r.get("body").toString() : "{}")
                            .urlEncodingEnabled(false);
                    int status = (r.get("method").asText().equals("PUT") ? spec.put(r.get("path").asText())
                            : spec.post(r.get("path").asText())).statusCode();
                    assertThat(status).as(name + "[" + i + "] pass " + pass).satisfiesAnyOf(
                            s -> assertThat(s).isLessThan(400), s -> assertThat(s).isEqualTo(409));
                }
            }
        }
        int disruptions = given().auth().oauth2(token("rocu.analyst")).queryParam("limit", 500)
                .queryParam("ocg", "OCG-WMP-0006").when().get("/api/v1/disruptions").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
        assertThat(disruptions).isPositive();
    }

    /** The realm's demo identities (analyst, moderator, force systems), as test tokens with the same roles and clearance. */
    private static String token(String as) {
        if (as.startsWith("client:force-")) {
            return Tokens.force(as.substring("client:force-".length()).toUpperCase(Locale.ROOT));
        }
        if (as.equals("rocu.moderator")) {
            return Tokens.demoModerator();
        }
        assertThat(as).isEqualTo("rocu.analyst");
        return TestTokens.forSubject("demo-rocu-analyst").person("OFFICIAL_SENSITIVE", "rocu-analyst").sign();
    }
}
