package uk.police.wm.rcs.rocu.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;
import uk.police.wm.rcs.rocu.moderation.ModerationResourceTest;
import uk.police.wm.rcs.rocu.webhook.WebhookReceiver.Received;
import uk.police.wm.rcs.stack.testing.AlertRules;
import uk.police.wm.rcs.stack.testing.ExposedMetrics;

/**
 * A force's webhook receiver (in the test, on 127.0.0.1) gets each decision of the panel on the force's disruptions
 * as a signed CloudEvent, again after being down for a minute, exactly once by webhook-id; another force gets none.
 * A delivery given up after its days fires the WebhookDeliveryGivenUp alert.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    private final List<String[]> registered = new ArrayList<>();
    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void deleteWebhooksAndStopReceivers() {
        registered.forEach(w -> given().auth().oauth2(Tokens.force(w[0])).when().delete("/api/v1/webhooks/" + w[1])
                .then().statusCode(HttpStatus.SC_NO_CONTENT));
        receivers.forEach(WebhookReceiver::stop);
    }

    @Test
    void theForcesReceiverGetsTheDecisionSignedWithItsReasonAndAnotherForceGetsNothing() throws Exception {
        WebhookReceiver wmp = receiver();
        WebhookReceiver wmc = receiver();
        Map<String, Object> wmpHook = register("WMP", wmp);
        Map<String, Object> wmcHook = register("WMC", wmc);
        DisruptionView d = post("WMP", claim(uniqueOcg()));
        String reason = "Synthetic: the seizure was smaller than claimed.";

        String panel = ModerationResourceTest.panel();
        Instant decidedAt = Instant.parse(ModerationResourceTest.decide(panel, d.id(), "DOWNGRADE", "MINOR", reason)
                .statusCode(HttpStatus.SC_CREATED).extract().path("decidedAt"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !wmp.about(d.id()).isEmpty());
        Received event = wmp.about(d.id()).get(0);
        // the issue asks for receipt within 2 s of the decision: measured and printed, not asserted
        System.out.printf("webhook: decision to receipt %d ms%n",
                Duration.between(decidedAt, event.at()).toMillis());

        assertThat(event.signature()).isEqualTo(expectedSignature((String) wmpHook.get("secret"), event));
        assertThat(event.contentType()).startsWith("application/cloudevents+json");
        JsonNode body = JSON.readTree(event.body());
        assertThat(body.path("specversion").asText()).isEqualTo("1.0");
        assertThat(body.path("id").asText()).isEqualTo(event.id());
        assertThat(body.path("type").asText()).isEqualTo("uk.police.wm.rocu.disruption.decided.v1");
        assertThat(body.path("classification").asText()).isEqualTo("OFFICIAL_SENSITIVE");
        JsonNode data = body.path("data");
        assertThat(data.path("disruptionId").asText()).isEqualTo(d.id());
        assertThat(data.path("decision").asText()).isEqualTo("DOWNGRADE");
        assertThat(data.path("reason").asText()).isEqualTo(reason);
        assertThat(data.path("claimedImpact").asText()).isEqualTo("MAJOR");
        assertThat(data.path("moderatedImpact").asText()).isEqualTo("MINOR");
        assertThat(data.path("panelHeldOn").asText()).isEqualTo("2018-09-05");

        // the worker records the answer after the receiver has taken the event: the log says so a moment later
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveries("WMP", wmpHook))
                .filteredOn(e -> event.id().equals(e.get("eventId"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("state", "DELIVERED").containsEntry("attempts", 1)
                        .containsEntry("lastStatus", 204)));
        // the other force's webhook was never given the event: no delivery in its log, nothing received
        assertThat(deliveries("WMC", wmcHook)).noneMatch(e -> event.id().equals(e.get("eventId")));
        assertThat(wmc.about(d.id())).isEmpty();
        given().auth().oauth2(Tokens.force("WMC")).when().get("/api/v1/webhooks/" + wmpHook.get("id") + "/deliveries")
                .then().statusCode(HttpStatus.SC_NOT_FOUND).contentType("application/problem+json");
    }

    @Test
    void aReceiverDownForAMinuteGetsTheEventOnceItIsBackExactlyOnce() throws Exception {
        WebhookReceiver wmp = receiver();
        Map<String, Object> hook = register("WMP", wmp);
        wmp.stop();
        DisruptionView d = rejectedClaim("WMP");
        // down for a minute, while the worker keeps trying
        await().pollDelay(Duration.ofSeconds(60)).atMost(Duration.ofSeconds(90)).until(() -> deliveries("WMP", hook)
                .stream().anyMatch(e -> "PENDING".equals(e.get("state")) && (int) e.get("attempts") >= 3));
        long back = System.nanoTime();
        wmp.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> !wmp.about(d.id()).isEmpty());
        Received event = wmp.about(d.id()).get(0);
        System.out.printf("webhook: back up to receipt %d ms after a minute down%n",
                TimeUnit.NANOSECONDS.toMillis(event.atNanos() - back));
        assertThat(event.signature()).isEqualTo(expectedSignature((String) hook.get("secret"), event));
        assertThat(JSON.readTree(event.body()).path("data").path("decision").asText()).isEqualTo("REJECT");
        // exactly once by webhook-id, over a further settle period
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20))
                .until(() -> wmp.received().stream().filter(r -> r.id().equals(event.id())).count() == 1);
        assertThat(deliveries("WMP", hook)).filteredOn(e -> event.id().equals(e.get("eventId"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("state", "DELIVERED"));
    }

    @Test
    void aDeliveryGivenUpAfterItsDaysFiresTheAlert() throws Exception {
        String before = metrics();
        AlertRules.forService("rocu-service").scrape(before).assertQuiet("WebhookDeliveryGivenUp", 5);
        WebhookReceiver wmp = receiver();
        Map<String, Object> hook = register("WMP", wmp);
        wmp.stop();
        rejectedClaim("WMP");

        // rcs.webhooks.give-up-after (3 days) without waiting it: the delivery is dated four days back and due now
        dateBackOneDelivery(hook, "created_at = created_at - interval '4 days', next_attempt_at = now()",
                "delivered_at IS NULL AND failed_at IS NULL");
        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries("WMP", hook).stream()
                .anyMatch(e -> "FAILED".equals(e.get("state"))));
        String after = metrics();
        assertThat(ExposedMetrics.value(after, "rcs_webhook_deliveries_failed_total"))
                .isGreaterThan(ExposedMetrics.value(before, "rcs_webhook_deliveries_failed_total"));
        AlertRules.forService("rocu-service").scrape(before).scrape(after)
                .assertFires("WebhookDeliveryGivenUp", 5, Map.of());
    }

    @Test
    void aDeliveryKeptItsThirtyDaysIsDeleted() throws Exception {
        WebhookReceiver wmp = receiver();
        Map<String, Object> hook = register("WMP", wmp);
        rejectedClaim("WMP");
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("WMP", hook).stream()
                .anyMatch(e -> "DELIVERED".equals(e.get("state"))));
        // a second delivery, still pending, stays: only what finished more than keep-finished-for (30 days) ago goes
        wmp.stop();
        rejectedClaim("WMP");

        dateBackOneDelivery(hook, "created_at = created_at - interval '31 days', delivered_at = delivered_at"
                + " - interval '31 days'", "delivered_at IS NOT NULL");
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries("WMP", hook).stream()
                .noneMatch(e -> "DELIVERED".equals(e.get("state"))));
        assertThat(deliveries("WMP", hook)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("state", "PENDING"));
    }

    /** A claim of the force that the panel rejects: a decision the force's webhooks are sent. */
    private static DisruptionView rejectedClaim(String force) {
        DisruptionView d = post(force, claim(uniqueOcg()));
        ModerationResourceTest.decide(ModerationResourceTest.panel(), d.id(), "REJECT", null,
                "Synthetic: no link to the OCG was shown.").statusCode(HttpStatus.SC_CREATED);
        return d;
    }

    /** Dates the one delivery of the webhook that matches {@code where} back ({@code set}), instead of waiting. */
    private void dateBackOneDelivery(Map<String, Object> hook, String set, String where) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement age = c.prepareStatement(
                "UPDATE webhook_delivery SET " + set + " WHERE subscription_id = ? AND " + where)) {
            age.setObject(1, UUID.fromString((String) hook.get("id")));
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(HttpStatus.SC_OK).extract().asString();
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private Map<String, Object> register(String force, WebhookReceiver receiver) {
        Map<String, Object> hook = given().auth().oauth2(Tokens.force(force)).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url())).when().post("/api/v1/webhooks")
                .then().statusCode(HttpStatus.SC_CREATED).extract().as(Map.class);
        registered.add(new String[] {force, (String) hook.get("id")});
        return hook;
    }

    static List<Map<String, Object>> deliveries(String force, Map<String, Object> hook) {
        return given().auth().oauth2(Tokens.force(force)).when()
                .get("/api/v1/webhooks/" + hook.get("id") + "/deliveries")
                .then().statusCode(HttpStatus.SC_OK).extract().path("items");
    }

    /** The Standard Webhooks signature, computed here independently of the service's code. */
    static String expectedSignature(String secret, Received event) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] signed = mac.doFinal((event.id() + "." + event.timestamp() + "." + event.body())
                .getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signed);
    }
}
