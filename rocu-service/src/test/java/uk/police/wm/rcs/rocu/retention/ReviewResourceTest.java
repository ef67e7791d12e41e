package uk.police.wm.rcs.rocu.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionFixtures;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;
import uk.police.wm.rcs.rocu.moderation.ModerationResourceTest;
import uk.police.wm.rcs.stack.testing.EventContracts;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The MoPI review of disruptions naming a priority individual over HTTP: only those are queued, at the reader's
 * clearance; a disposal erases the individual, the narrative and the panel's reasons, is logged and published without
 * them, and the quarter's performance figures stay as they were.
 */
@QuarkusTest
class ReviewResourceTest {

    static final String WHY = "Synthetic test: MoPI review board";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String reviewer(String clearance) {
        return TestTokens.forSubject("records-reviewer-" + clearance.toLowerCase())
                .person(clearance, "records-reviewer").caveats("UK_EYES_ONLY").sign();
    }

    static DisruptionView namingPerson(String individual, String narrative, String disruptedOn, String... caveats) {
        Map<String, Object> body = DisruptionFixtures.claim(null);
        body.remove("ocgReference");
        body.put("targetType", "PRIORITY_INDIVIDUAL");
        body.put("priorityIndividualRef", individual);
        body.put("narrative", narrative);
        body.put("disruptedOn", disruptedOn);
        body.put("classification", "OFFICIAL_SENSITIVE");
        body.put("caveats", List.of(caveats));
        return DisruptionFixtures.post("WMP", body);
    }

    static List<String> due(String token) {
        return given().auth().oauth2(token).header("X-Justification", WHY).queryParam("limit", 500)
                .when().get("/api/v1/reviews/due").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("items.recordId", String.class);
    }

    static Response decide(String id, long version, Map<String, Object> body) {
        return given().auth().oauth2(reviewer("SECRET")).contentType(ContentType.JSON).body(body)
                .header("If-Match", "\"" + version + "\"").when().post("/api/v1/reviews/" + id + "/decisions");
    }

    static DisruptionView read(String id) {
        return given().auth().oauth2(Tokens.analyst()).header("X-Justification", WHY)
                .when().get("/api/v1/disruptions/" + id).then().statusCode(HttpStatus.SC_OK).extract()
                .as(DisruptionView.class);
    }

    @Test
    void onlyDisruptionsNamingAPersonAreQueuedAtTheReadersClearance() {
        DisruptionView caveated = namingPerson("PI-" + UUID.randomUUID(), "Synthetic narrative", "2014-06-02",
                "UK_EYES_ONLY");
        DisruptionView sensitive = namingPerson("PI-" + UUID.randomUUID(), "Synthetic narrative", "2014-06-03");
        Map<String, Object> ocgClaim = DisruptionFixtures.claim(DisruptionFixtures.uniqueOcg());
        ocgClaim.put("disruptedOn", "2014-06-04");
        DisruptionView ocg = DisruptionFixtures.post("WMP", ocgClaim);

        assertThat(due(reviewer("SECRET"))).contains(caveated.id(), sensitive.id()).doesNotContain(ocg.id());
        // need-to-know: a reviewer without the caveat does not see the record in the queue, nor can decide it
        String withoutCaveat = TestTokens.forSubject("records-reviewer-nocaveat").person("SECRET", "records-reviewer")
                .sign();
        assertThat(due(withoutCaveat)).contains(sensitive.id()).doesNotContain(caveated.id());
        given().auth().oauth2(withoutCaveat).contentType(ContentType.JSON).header("If-Match",
                "\"" + caveated.version() + "\"").body(Map.of("decision", "DISPOSE", "reason", "Synthetic"))
                .when().post("/api/v1/reviews/" + caveated.id() + "/decisions")
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
        given().auth().oauth2(reviewer("SECRET")).when().get("/api/v1/reviews/due")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        given().auth().oauth2(Tokens.force("WMP")).header("X-Justification", WHY).when().get("/api/v1/reviews/due")
                .then().statusCode(HttpStatus.SC_FORBIDDEN).contentType("application/problem+json");
        decide(ocg.id(), ocg.version(), Map.of("decision", "DISPOSE", "reason", "Synthetic"))
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
    }

    @Test
    void aDisposedDisruptionLosesThePersonKeepsItsFiguresAndIsLoggedAndPublished() {
        String marker = "Synthetic-individual-" + UUID.randomUUID();
        DisruptionView d = namingPerson(marker, "Synthetic: " + marker + " arrested", "2014-11-10");
        String panel = ModerationResourceTest.panel();
        ModerationResourceTest.decide(panel, d.id(), "DOWNGRADE", "MODERATE", "Synthetic: " + marker + " minor role")
                .statusCode(HttpStatus.SC_CREATED);
        Map<String, Object> figuresBefore = performance();
        DisruptionView decided = read(d.id());

        decide(d.id(), decided.version(), Map.of("decision", "DISPOSE", "reason", "Synthetic: review period passed"))
                .then().statusCode(HttpStatus.SC_OK).body("decision", equalTo("DISPOSE"));

        DisruptionView after = read(d.id());
        assertThat(after.priorityIndividualRef()).doesNotContain(marker);
        assertThat(after.narrative()).doesNotContain(marker);
        assertThat(after.status()).isEqualTo(decided.status());
        assertThat(given().auth().oauth2(Tokens.moderator()).when()
                .get("/api/v1/moderation/disruptions/" + d.id() + "/decisions").then().statusCode(HttpStatus.SC_OK)
                .extract().asString()).doesNotContain(marker);
        assertThat(performance()).isEqualTo(figuresBefore);
        assertThat(due(reviewer("SECRET"))).doesNotContain(d.id());
        assertThat(given().auth().oauth2(Tokens.auditor()).queryParam("operation", "ERASURE")
                .queryParam("recordType", "disruption").queryParam("from", LocalDate.now().toString())
                .when().get("/api/v1/audit").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getList("items.recordIds", List.class)).contains(List.of(d.id()));
        // a force cannot put the person back by amending or re-posting the record
        given().auth().oauth2(Tokens.force("WMP")).contentType(ContentType.JSON)
                .body(DisruptionFixtures.claim(DisruptionFixtures.uniqueOcg())).header("If-Match", "\"" + after.version() + "\"")
                .when().put("/api/v1/disruptions/" + d.id()).then().statusCode(HttpStatus.SC_CONFLICT)
                .contentType("application/problem+json");
        decide(d.id(), after.version(), Map.of("decision", "DISPOSE", "reason", "Synthetic again"))
                .then().statusCode(HttpStatus.SC_CONFLICT)
                .body("type", equalTo("https://rcs.wm.police.uk/problems/review-already-decided"));

        // the disposal's transaction appends record.disposed, then review.decided: wait for the later of the two (a
        // poll can return the first without the second)
        List<ConsumerRecord<String, CloudEvent>> events = EventContracts.readUntil(bootstrapServers, "rocu.events",
                seen -> seen.stream().anyMatch(r -> d.id().equals(r.key())
                        && "uk.police.wm.rocu.review.decided.v1".equals(r.value().getType())),
                Duration.ofSeconds(30));
        assertThat(events.stream().filter(r -> d.id().equals(r.key())).map(r -> r.value().getType()))
                .containsSubsequence("uk.police.wm.rocu.record.disposed.v1", "uk.police.wm.rocu.review.decided.v1");
        for (ConsumerRecord<String, CloudEvent> r : events) {
            if (d.id().equals(r.key())) {
                EventContracts.assertValid(r);
                assertThat(EventContracts.dataOf(r)).doesNotContain(marker);
            }
        }
    }

    /** The quarter's disruption figures (the document's other parts are computed afresh, with their time). */
    private static Map<String, Object> performance() {
        return given().auth().oauth2(Tokens.analyst()).when().get("/api/v1/performance/2014-15/Q3")
                .then().statusCode(HttpStatus.SC_OK).extract().jsonPath().getMap("asModeratedNow.disruptions");
    }
}
