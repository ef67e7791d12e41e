package uk.police.wm.rcs.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * The whole system as a newcomer runs it: real PostgreSQL, Kafka and Keycloak, the four packaged services, real
 * tokens. Proves the foundation end to end: health, authentication and authorisation with problem bodies, and an
 * outbox event read back from the real topic with its CloudEvents headers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackSmokeTest {

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // with the demo data: it flows through the events into the governance view the browser test reads
        // with a Zipkin server for the services' spans, and the debug lines that name each event written, published
        // and applied (so those lines carry the event's trace id)
        stack = LocalStack.start(LocalStack.Options.forTests().withDemoData(true).withZipkin(true).withEventLogLines());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    private static String url(RcsService service) {
        return stack.serviceUrl(service);
    }

    @ParameterizedTest
    @EnumSource(RcsService.class)
    void everyServiceIsReadyAndPublishesItsContract(RcsService service) {
        given().baseUri(url(service)).when().get("/q/health/ready").then().statusCode(200);
        given().baseUri(url(service)).when().get("/q/openapi?format=json")
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    @ParameterizedTest
    @EnumSource(RcsService.class)
    void aRealTokenReachesEveryService(RcsService service) {
        given().baseUri(url(service)).auth().oauth2(stack.tokens().userToken("auditor"))
                .when().get("/api/v1/audit")
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    @ParameterizedTest
    @EnumSource(RcsService.class)
    void noTokenIsRefusedWithAProblem(RcsService service) {
        Response response = given().baseUri(url(service)).when().get("/api/v1/audit");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(RcsService.class)
    void aWrongRoleIsForbiddenWithAProblem(RcsService service) {
        Response response = given().baseUri(url(service)).auth().oauth2(stack.tokens().clientToken("force-wmp"))
                .when().get("/api/v1/audit");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("correlationId")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(value = RcsService.class, names = {"CTU", "ROCU", "CYBER"})
    void theGatewayIsOneFrontDoorToEveryService(RcsService service) {
        Response response = given().baseUri(url(RcsService.GATEWAY))
                .auth().oauth2(stack.tokens().userToken("auditor"))
                .header("X-Correlation-Id", "front-door-" + service.key())
                .when().get("/api/v1/" + service.key() + "/audit");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-Correlation-Id")).isEqualTo("front-door-" + service.key());
        assertThat(response.jsonPath().getList("items")).isNotNull();

        given().baseUri(url(RcsService.GATEWAY)).when().get("/api/v1/" + service.key() + "/openapi")
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void aForgedTokenIsRefused() {
        String token = stack.tokens().clientToken("force-wmp");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().baseUri(url(RcsService.GATEWAY)).auth().oauth2(forged).when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void theGatewaySeesTheCallerAsTheTokenSaysAndCarriesTheCorrelationId() {
        Response response = given().baseUri(url(RcsService.GATEWAY))
                .auth().oauth2(stack.tokens().clientToken("force-war"))
                .header("X-Correlation-Id", "smoke-test-1")
                .when().get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-Correlation-Id")).isEqualTo("smoke-test-1");
        assertThat(response.jsonPath().getString("force")).isEqualTo("WAR");
        assertThat(response.jsonPath().getList("roles", String.class)).contains("force-recorder");
        assertThat(response.jsonPath().getString("clearance")).isEqualTo("OFFICIAL_SENSITIVE");
    }

    @Test
    void aChangeIsPublishedToKafkaAsABinaryModeCloudEvent() {
        String rationale = "Smoke test " + UUID.randomUUID();
        String id = given().baseUri(url(RcsService.CTU)).auth().oauth2(stack.tokens().userToken("ctu.officer"))
                .contentType(ContentType.JSON)
                .body(Map.of("scope", "NI_RELATED_IN_NORTHERN_IRELAND", "level", "SEVERE",
                        "effectiveFrom", "2018-04-01", "setBy", "MI5", "rationale", rationale))
                .when().post("/api/v1/threat-levels")
                .then().statusCode(201).extract().path("id");

        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, CloudEvent> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of("ctu.events"));
            List<ConsumerRecord<String, CloudEvent>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().anyMatch(r -> new String(r.value().getData().toBytes(), StandardCharsets.UTF_8)
                        .contains(rationale));
            });
            ConsumerRecord<String, CloudEvent> record = seen.stream()
                    .filter(r -> new String(r.value().getData().toBytes(), StandardCharsets.UTF_8).contains(rationale))
                    .findFirst().orElseThrow();

            assertThat(record.key()).isEqualTo("NI_RELATED_IN_NORTHERN_IRELAND");
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_type")).isEqualTo("uk.police.wm.ctu.threat-level.changed.v1");
            assertThat(header(record, "ce_source")).isEqualTo("/west-midlands/ctu-service");
            assertThat(header(record, "ce_id")).isNotBlank();
            assertThat(header(record, "ce_subject")).isEqualTo("NI_RELATED_IN_NORTHERN_IRELAND");
            assertThat(header(record, "ce_time")).isNotBlank();
            assertThat(header(record, "content-type")).startsWith("application/json");
            JsonPath data = JsonPath.from(new String(record.value().getData().toBytes(), StandardCharsets.UTF_8));
            assertThat(data.getString("id")).isEqualTo(id);
            assertThat(data.getString("level")).isEqualTo("SEVERE");
        }
    }

    @Test
    void theGovernancePageSignsInThroughKeycloakAndReadsAsAPersonWouldReadIt() throws Exception {
        assertThat(GovernancePageBrowser.installed())
                .as("Debian's chromium and chromium-driver are installed (.ci/run installs them)").isTrue();
        Path report = Path.of("target", "surefire-reports", "governance-page");
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeDriver browser = GovernancePageBrowser.start(profile);
        try {
            browser.get(url(RcsService.GATEWAY) + "/governance?quarter=2018-19/Q2");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertThat(browser.getCurrentUrl()).startsWith(stack.keycloak().realmUrl());
            browser.findElement(By.id("username")).sendKeys("gov.viewer.secret");
            browser.findElement(By.id("password")).sendKeys("gov.viewer.secret");
            browser.findElement(By.id("kc-login")).click();

            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quarter-picker")));
            } finally {
                Files.createDirectories(report);
                Files.writeString(report.resolve("governance-page.html"), browser.getPageSource());
                // the gateway's log beside the page, for a page that answered with an error
                Path log = stack.workDirectory().resolve("logs").resolve("gateway.log");
                if (Files.exists(log)) {
                    Files.copy(log, report.resolve("gateway.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            assertThat(browser.getCurrentUrl()).startsWith(url(RcsService.GATEWAY) + "/governance");
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Playing our part in responding to national threats");
            assertThat(new Select(browser.findElement(By.id("quarter"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("2018-19/Q2");

            // every section is there, each listed in the contents and headed as listed
            List<String> headings = browser.findElements(By.cssSelector("section.pack-section > h2")).stream()
                    .map(h -> h.getText()).toList();
            assertThat(headings).contains("Counter Terrorism Unit", "Regional Organised Crime Unit", "Cybercrime",
                    "The 4 P across the region", "What this pack leaves out");
            assertThat(browser.findElements(By.cssSelector("nav.pack-contents a")).stream().map(a -> a.getText())
                    .toList()).as("the contents list every section").containsExactlyElementsOf(headings);

            // words, not codes; the marking at the top and the foot of the page
            String visible = browser.findElement(By.tagName("body")).getText();
            assertThat(visible).contains("International terrorism", "A reader cleared to SECRET")
                    .doesNotContain("INTERNATIONAL_TERRORISM", "OFFICIAL_SENSITIVE");
            String marking = browser.findElement(By.cssSelector("header.marking")).getText();
            assertThat(marking).as("a classification in words and any caveats")
                    .matches("(OFFICIAL|OFFICIAL-SENSITIVE|SECRET)( [A-Z][A-Z ]*)?");
            assertThat(browser.findElement(By.cssSelector("footer.marking")).getText()).isEqualTo(marking);
            assertThat(browser.findElements(By.cssSelector("img[src^='data:image/png;base64,']"))).isNotEmpty();
            assertThat(browser.findElement(By.id("pdf-link")).getAttribute("href"))
                    .endsWith("/governance/pdf?quarter=2018-19/Q2");

            // the page's figures are the API's for the same quarter and caller
            String token = stack.tokens().userToken("gov.viewer.secret");
            JsonPath api = JsonPath.from(given().baseUri(url(RcsService.GATEWAY)).auth().oauth2(token)
                    .when().get("/api/v1/governance/2018-19/Q2").then().statusCode(200).extract().asString());
            Object protect = api.get("ctu.figures.activity.byFourP.find { it.key == 'PROTECT' }.current.value");
            assertThat(protect).as("the demo data's Protect activity in 2018-19 Q2").isNotNull();
            assertThat(browser.findElement(By.cssSelector(
                    "table[data-figure='Activity by 4 P'] tr[data-key='PROTECT'] td")).getText())
                    .isEqualTo(String.format(java.util.Locale.UK, "%,d", ((Number) protect).longValue()));
            GovernancePageBrowser.screenshot(browser, report.resolve("governance-page.png"));

            List<Map<String, Object>> serious = GovernancePageBrowser.axeViolations(browser, "serious", "critical");
            assertThat(serious).as("axe-core: serious or critical accessibility violations").isEmpty();

            // the PDF the page links to, rendered page by page for the test report
            byte[] pdf = given().baseUri(url(RcsService.GATEWAY)).auth().oauth2(token)
                    .when().get("/api/v1/board-pack/2018-19/Q2/pdf").then().statusCode(200).extract().asByteArray();
            assertThat(GovernancePageBrowser.renderPages(pdf, report)).isGreaterThan(2);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aDisruptionPostedByAForceAndApprovedByThePanelCountsInItsQuarter() {
        String quarterPath = "/api/v1/governance/2024-25/Q1";
        String viewer = stack.tokens().userToken("gov.viewer.secret");
        String id = given().baseUri(url(RcsService.GATEWAY)).auth().oauth2(stack.tokens().clientToken("force-wmp"))
                .contentType(ContentType.JSON)
                .body(Map.of("sourceRecordId", "E2E-" + UUID.randomUUID(), "targetType", "NONE", "leadAgency", "FORCE",
                        "crimeType", "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING", "claimedImpact", "MAJOR",
                        "category", "PROTECT", "activityLevel", "LOCAL", "disruptedOn", "2024-05-10",
                        "narrative", "Synthetic end-to-end disruption."))
                .when().post("/api/v1/rocu/disruptions")
                .then().statusCode(201).extract().path("id");
        // claimed only: not yet in the performance figures
        await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(url(RcsService.GATEWAY))
                .auth().oauth2(viewer).when().get(quarterPath).then().extract().jsonPath()
                .getLong("rocu.freshness.eventsApplied") > 0);
        assertThat(approved(viewer, quarterPath)).isNull();

        String moderator = stack.tokens().userToken("rocu.moderator");
        String panel = given().baseUri(url(RcsService.ROCU)).auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2024-06-05", "chair", "ROCU head of performance (synthetic)",
                        "attendingForces", List.of("WMP", "STA")))
                .when().post("/api/v1/moderation/panels").then().statusCode(201).extract().path("id");
        given().baseUri(url(RcsService.ROCU)).auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(Map.of("disruptionId", id, "decision", "APPROVE"))
                .when().post("/api/v1/moderation/panels/" + panel + "/decisions").then().statusCode(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> approved(viewer, quarterPath) != null);
        assertThat(approved(viewer, quarterPath)).isEqualTo(1);
    }

    @Test
    void aClaimIsOneTraceFromTheForceSystemsRequestToTheGatewaysApplyAndEveryLogLineOfItNamesIt() {
        String correlationId = "e2e-trace-" + UUID.randomUUID();
        io.restassured.response.ExtractableResponse<Response> claimed = given().baseUri(url(RcsService.GATEWAY))
                .auth().oauth2(stack.tokens().clientToken("force-wmp")).header("X-Correlation-Id", correlationId)
                .contentType(ContentType.JSON)
                .body(Map.of("sourceRecordId", "E2E-TRACE-" + UUID.randomUUID(), "targetType", "NONE",
                        "leadAgency", "FORCE", "crimeType", "DRUGS", "claimedImpact", "MAJOR",
                        "category", "PURSUE", "activityLevel", "LOCAL", "disruptedOn", "2024-05-11",
                        "narrative", "Synthetic end-to-end disruption, traced."))
                .when().post("/api/v1/rocu/disruptions").then().statusCode(201).extract();
        String traceId = claimed.header("traceresponse").split("-")[1];
        String moderator = stack.tokens().userToken("rocu.moderator");
        String panel = given().baseUri(url(RcsService.ROCU)).auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(Map.of("heldOn", "2024-06-06", "chair", "ROCU head of performance (synthetic)",
                        "attendingForces", List.of("WMP")))
                .when().post("/api/v1/moderation/panels").then().statusCode(201).extract().path("id");
        given().baseUri(url(RcsService.ROCU)).auth().oauth2(moderator).contentType(ContentType.JSON)
                .body(Map.of("disruptionId", claimed.path("id"), "decision", "APPROVE"))
                .when().post("/api/v1/moderation/panels/" + panel + "/decisions").then().statusCode(201);

        String claimedType = "uk.police.wm.rocu.disruption.claimed.v1";
        // each process exports its spans in its own batches, in no set order: wait until every expected span is in
        Function<List<JsonNode>, List<List<JsonNode>>> expected = found -> List.of(
                TraceEvidence.of(found, "gateway", "SERVER", s -> s.path("name").asText().startsWith("post")),
                TraceEvidence.of(found, "rocu-service", "SERVER", s -> true),
                TraceEvidence.of(found, "rocu-service", "CLIENT",
                        s -> TraceEvidence.statement(s).contains("INSERT INTO outbox_event")),
                TraceEvidence.of(found, "rocu-service", "PRODUCER",
                        s -> s.path("name").asText().equals("rocu.events publish")),
                TraceEvidence.of(found, "gateway", "CONSUMER",
                        s -> s.path("name").asText().equals("apply " + claimedType)));
        List<List<JsonNode>> evidence = await().atMost(Duration.ofSeconds(60))
                .until(() -> expected.apply(TraceEvidence.spans(stack.zipkin(), traceId)),
                        found -> found.stream().noneMatch(List::isEmpty));
        var front = evidence.get(0);
        var request = evidence.get(1);
        var claimWrite = evidence.get(2);
        var publish = evidence.get(3);
        var apply = evidence.get(4);
        assertThat(front).as("the front door's request").hasSize(1);
        assertThat(request).as("rocu-service's request").singleElement()
                .satisfies(s -> assertThat(s.path("parentId").asText()).isEqualTo(front.get(0).path("id").asText()));
        String claimSpan = request.get(0).path("id").asText();
        // the disruption, its event and its audit entry: one statement, one span
        assertThat(claimWrite).as("the claim's statement").singleElement()
                .satisfies(s -> assertThat(s.path("parentId").asText()).isEqualTo(claimSpan));
        // the relay's publish and the gateway's apply both continue the context stored with the event
        assertThat(publish).as("the relay's publish").singleElement()
                .satisfies(s -> assertThat(s.path("parentId").asText()).isEqualTo(claimSpan));
        assertThat(apply).as("the gateway's apply").singleElement()
                .satisfies(s -> assertThat(s.path("parentId").asText()).isEqualTo(claimSpan));

        // the log lines of the three processes at work: rocu's request, rocu's relay, the gateway's consumer
        await().atMost(Duration.ofSeconds(10)).until(() -> TraceEvidence.logLines(
                stack.service(RcsService.GATEWAY).logFile(), traceId).stream().anyMatch(l -> l.path("message").asText()
                .startsWith("Applied " + claimedType)));
        var rocuLines = TraceEvidence.logLines(stack.service(RcsService.ROCU).logFile(), traceId);
        var gatewayLines = TraceEvidence.logLines(stack.service(RcsService.GATEWAY).logFile(), traceId);
        assertThat(rocuLines).anySatisfy(l -> assertThat(l.path("message").asText()).startsWith("Wrote disruption"));
        assertThat(rocuLines).anySatisfy(l -> {
            assertThat(l.path("threadName").asText()).isEqualTo("outbox-relay");
            assertThat(l.path("message").asText()).startsWith("Published " + claimedType);
        });
        assertThat(gatewayLines).anySatisfy(l -> assertThat(l.path("threadName").asText()).isEqualTo("read-model-consumer"));
        assertThat(rocuLines).as("JSON lines with the trace, span and correlation ids").isNotEmpty().allSatisfy(l -> {
            assertThat(l.path("mdc").path("spanId").asText()).hasSize(16);
            assertThat(l.path("mdc").path("correlationId").asText()).isEqualTo(correlationId);
        });
        assertThat(gatewayLines).isNotEmpty().allSatisfy(
                l -> assertThat(l.path("mdc").path("correlationId").asText()).isEqualTo(correlationId));
    }

    private static Integer approved(String token, String path) {
        return given().baseUri(url(RcsService.GATEWAY)).auth().oauth2(token).when().get(path).then()
                .statusCode(200).extract().jsonPath().get("rocu.figures.approvedDisruptions.byCrimeType"
                        + ".find { it.key == 'MODERN_SLAVERY_AND_HUMAN_TRAFFICKING' }.current.value");
    }

    /** Runs last: it stops rocu-service for good. */
    @Test
    @Order(Integer.MAX_VALUE)
    void withRocuServiceStoppedTheViewStillAnswersAndMarksTheRocuPartStale() {
        String viewer = stack.tokens().userToken("gov.viewer.secret");
        stack.stopInstance(RcsService.ROCU, 0);

        // the gateway asks each service's readiness at most every few seconds
        await().atMost(Duration.ofSeconds(20)).until(() -> given().baseUri(url(RcsService.GATEWAY)).auth()
                .oauth2(viewer).when().get("/api/v1/governance/2018-19/Q1").then().statusCode(200).extract()
                .jsonPath().getBoolean("rocu.freshness.stale"));
        Response response = given().baseUri(url(RcsService.GATEWAY)).auth().oauth2(viewer)
                .when().get("/api/v1/governance/2018-19/Q1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("rocu.freshness.staleReason")).contains("rocu-service is not answering");
        assertThat(response.jsonPath().getBoolean("rocu.freshness.serviceUp")).isFalse();
        assertThat(response.jsonPath().getBoolean("ctu.freshness.stale")).isFalse();
        assertThat(response.jsonPath().getList("rocu.figures.activeOcgsByCrimeType")).isNotEmpty();

        Response frontDoor = given().baseUri(url(RcsService.GATEWAY)).auth().oauth2(viewer)
                .when().get("/api/v1/rocu/moderation/backlog");
        assertThat(frontDoor.statusCode()).isEqualTo(503);
        assertThat(frontDoor.header("Retry-After")).isNotBlank();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
