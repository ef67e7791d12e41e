package uk.police.wm.rcs.rocu.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.wm.rcs.rocu.Tokens;

/** Registering, listing and deleting webhooks: the URL rule, the secret once, and each force its own only. */
@QuarkusTest
class WebhookRegistrationTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://force-system.example/hooks", "https://user:password@force-system.example/hooks",
            "ftp://force-system.example/hooks", "/hooks", "https://force-system.example/hooks#part", "not a url",
            "http://127.0.0.2.example/hooks"})
    void aCallbackThatIsNotHttpsOrLoopbackOrCarriesCredentialsIsRefusedNamingTheField(String url) {
        given().auth().oauth2(Tokens.force("STA")).contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post("/api/v1/webhooks")
                .then().statusCode(HttpStatus.SC_UNPROCESSABLE_ENTITY).contentType("application/problem+json")
                .body("field", equalTo("url"));
    }

    @Test
    void registrationAnswersTheSecretOnceAndEachForceSeesOnlyItsOwn() {
        Map<String, Object> hook = given().auth().oauth2(Tokens.force("STA")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://localhost:9/rcs/hooks")).when().post("/api/v1/webhooks")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(Map.class);
        String id = (String) hook.get("id");
        assertThat((String) hook.get("secret")).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(hook).containsEntry("force", "STA");

        List<Map<String, Object>> listed = given().auth().oauth2(Tokens.force("STA")).when().get("/api/v1/webhooks")
                .then().statusCode(HttpStatus.SC_OK).extract().path("items");
        assertThat(listed).filteredOn(w -> id.equals(w.get("id"))).singleElement()
                .satisfies(w -> assertThat(w).doesNotContainKey("secret"));
        List<Map<String, Object>> otherForce = given().auth().oauth2(Tokens.force("WAR")).when()
                .get("/api/v1/webhooks").then().statusCode(HttpStatus.SC_OK).extract().path("items");
        assertThat(otherForce).noneMatch(w -> id.equals(w.get("id")));
        given().auth().oauth2(Tokens.force("WAR")).when().delete("/api/v1/webhooks/" + id)
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");

        given().auth().oauth2(Tokens.force("STA")).when().delete("/api/v1/webhooks/" + id)
                .then().statusCode(HttpStatus.SC_NO_CONTENT);
        given().auth().oauth2(Tokens.force("STA")).when().get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
    }

    @Test
    void peopleAndAnonymousCallersCannotRegister() {
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://force-system.example/hooks")).when().post("/api/v1/webhooks")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("url", "https://force-system.example/hooks"))
                .when().post("/api/v1/webhooks")
                .then().statusCode(HttpStatus.SC_UNAUTHORIZED).contentType("application/problem+json");
    }
}
