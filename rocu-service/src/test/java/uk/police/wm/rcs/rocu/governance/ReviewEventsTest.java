package uk.police.wm.rcs.rocu.governance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpStatus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.events.ReviewEvents;
import uk.police.wm.rcs.stack.testing.EventContracts;

/**
 * The review register and the objectives reach the topic for the governance view: every change of a review as a
 * versioned event (a deferred review as DEFERRED, para 63), every objective set, each OFFICIAL and valid against
 * its schema as read back from the real topic.
 */
@QuarkusTest
class ReviewEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void eachReviewChangeAndObjectiveIsPublishedOfficialAndValid() {
        String item = "Synthetic regional SOC strategy review " + UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("item", item, "owner", "ROCU Head of Business", "status", "DEFERRED",
                        "nextReview", "2019-09-30"))
                .when().post("/api/v1/governance/reviews").then().statusCode(HttpStatus.SC_CREATED)
                .extract().path("id");
        given().auth().oauth2(Tokens.analyst()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("item", item, "owner", "ROCU Head of Business", "status", "IN_PROGRESS",
                        "nextReview", "2019-12-31"))
                .when().put("/api/v1/governance/reviews/" + id).then().statusCode(HttpStatus.SC_OK);
        String title = "Synthetic objective " + UUID.randomUUID();
        String objective = given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("financialYear", "2018-19", "title", title, "description", "Synthetic."))
                .when().post("/api/v1/governance/objectives").then().statusCode(HttpStatus.SC_CREATED)
                .extract().path("id");

        List<ConsumerRecord<String, CloudEvent>> seen = EventContracts.readUntil(bootstrapServers, "rocu.events",
                records -> records.stream().filter(r -> id.equals(r.key())).count() == 2
                        && records.stream().anyMatch(r -> objective.equals(r.key())), Duration.ofSeconds(60));
        List<ConsumerRecord<String, CloudEvent>> review = seen.stream().filter(r -> id.equals(r.key())).toList();
        review.forEach(EventContracts::assertValid);
        assertThat(review).allSatisfy(r -> {
            assertThat(r.value().getType()).isEqualTo(ReviewEvents.ReviewChanged.TYPE);
            assertThat(EventContracts.header(r, "ce_classification")).isEqualTo("OFFICIAL");
        });
        assertThat(review.stream().map(r -> EventContracts.jsonOf(r).get("status").asText()).toList())
                .containsExactly("DEFERRED", "IN_PROGRESS");
        assertThat(review.stream().map(r -> EventContracts.jsonOf(r).get("version").asLong()).toList())
                .containsExactly(0L, 1L);

        ConsumerRecord<String, CloudEvent> set = seen.stream().filter(r -> objective.equals(r.key())).findFirst()
                .orElseThrow();
        EventContracts.assertValid(set);
        assertThat(set.value().getType()).isEqualTo(ReviewEvents.ObjectiveSet.TYPE);
        assertThat(EventContracts.jsonOf(set).get("title").asText()).isEqualTo(title);
        assertThat(EventContracts.jsonOf(set).get("financialYear").asText()).isEqualTo("2018-19");
    }

    @Test
    void aReviewCanBeDeferred() {
        String item = "Synthetic deferred review " + UUID.randomUUID();
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("item", item, "owner", "ROCU Head of Business", "status", "DEFERRED",
                        "nextReview", "1990-01-01"))
                .when().post("/api/v1/governance/reviews").then().statusCode(HttpStatus.SC_CREATED);
        // no other test's review is due this early, so the first page holds this one
        assertThat(given().auth().oauth2(Tokens.viewer()).queryParam("dueBy", "1990-01-01")
                .when().get("/api/v1/governance/reviews").then().statusCode(HttpStatus.SC_OK).extract().jsonPath()
                .getString("items.find { it.item == '" + item + "' }.status")).isEqualTo("DEFERRED");
    }
}
