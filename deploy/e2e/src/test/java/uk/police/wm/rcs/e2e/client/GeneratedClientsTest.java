package uk.police.wm.rcs.e2e.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.e2e.client.ctu.api.ProtectApi;
import uk.police.wm.rcs.e2e.client.ctu.model.ActivityKind;
import uk.police.wm.rcs.e2e.client.ctu.model.Classification;
import uk.police.wm.rcs.e2e.client.ctu.model.PageActivityView;
import uk.police.wm.rcs.e2e.client.ctu.model.RecordActivity;
import uk.police.wm.rcs.e2e.client.ctu.model.SiteType;
import uk.police.wm.rcs.e2e.client.cyber.ApiException;
import uk.police.wm.rcs.e2e.client.cyber.ApiResponse;
import uk.police.wm.rcs.e2e.client.cyber.api.ReferralsApi;
import uk.police.wm.rcs.e2e.client.cyber.model.BatchResult;
import uk.police.wm.rcs.e2e.client.cyber.model.CrimeClass;
import uk.police.wm.rcs.e2e.client.cyber.model.Outcome;
import uk.police.wm.rcs.e2e.client.cyber.model.PageReferralView;
import uk.police.wm.rcs.e2e.client.cyber.model.ProblemDetail;
import uk.police.wm.rcs.e2e.client.cyber.model.ReceiveReferral;
import uk.police.wm.rcs.e2e.client.cyber.model.RecordResult;
import uk.police.wm.rcs.e2e.client.cyber.model.ReferralSource1;
import uk.police.wm.rcs.e2e.client.cyber.model.VictimType;
import uk.police.wm.rcs.e2e.client.gateway.api.PartnerRegionsApi;
import uk.police.wm.rcs.e2e.client.gateway.model.Count;
import uk.police.wm.rcs.e2e.client.gateway.model.ShareableQuarter;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * cyber-service and ctu-service as a force system drives them, and the gateway as a partner region reads it, only
 * through the Java clients generated from their committed contracts (target/generated-test-sources, as
 * {@link GeneratedRocuClientTest} does for rocu-service): batches with a dry run, a replay, a problem read as
 * problem+json, and the figures a partner may see. One stack for all of them (starting one is the slow part).
 */
class GeneratedClientsTest {

    private static final String JUSTIFICATION = "Synthetic: checking what a batch wrote.";

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(LocalStack.Options.forTests()
                .onlyServices(RcsService.CTU, RcsService.CYBER, RcsService.GATEWAY));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    // each service's client has its own ApiClient class: one set-up per service, as an integrator writes it

    private static ReferralsApi cyberForceSystem() {
        var client = new uk.police.wm.rcs.e2e.client.cyber.ApiClient();
        client.updateBaseUri(stack.serviceUrl(RcsService.CYBER));
        String token = stack.tokens().clientToken("force-wmp");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ReferralsApi(client);
    }

    private static ProtectApi ctuForceSystem() {
        var client = new uk.police.wm.rcs.e2e.client.ctu.ApiClient();
        client.updateBaseUri(stack.serviceUrl(RcsService.CTU));
        String token = stack.tokens().clientToken("force-wmp");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ProtectApi(client);
    }

    private static PartnerRegionsApi partnerRegion() {
        var client = new uk.police.wm.rcs.e2e.client.gateway.ApiClient();
        client.updateBaseUri(stack.serviceUrl(RcsService.GATEWAY));
        String token = stack.tokens().clientToken("region-partner-em");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new PartnerRegionsApi(client);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A referral as the demo data's first one (deploy/demo/31-cyber-referrals.json), with its own reference. */
    private static ReceiveReferral referral(String reference) {
        return new ReceiveReferral().actionFraudReference(reference).source(ReferralSource1.FORCE_DIRECT)
                .crimeClass(CrimeClass.CYBER_DEPENDENT).victimType(VictimType.INDIVIDUAL).vulnerableVictim(false)
                .reportedLoss(new BigDecimal("4225.00"))
                .receivedAt(OffsetDateTime.of(2018, 4, 2, 17, 0, 0, 0, ZoneOffset.UTC));
    }

    private static RecordActivity visit(String reference, LocalDate deliveredOn) {
        return new RecordActivity().reference(reference).kind(ActivityKind.CTSA_VISIT)
                .siteType(SiteType.CROWDED_PLACE).deliveredOn(deliveredOn);
    }

    @Test
    void aForceSystemDryRunsAReferralBatchThenSendsItThenReplaysIt() throws ApiException {
        ReferralsApi api = cyberForceSystem();
        String good = unique("NFRC");
        String bad = unique("NFRC");
        List<ReceiveReferral> batch = List.of(referral(good),
                referral(bad).reportedLoss(new BigDecimal("-1.00")));

        BatchResult dryRun = api.receiveReferralBatch(batch, true, null, null);
        assertThat(dryRun.getDryRun()).isTrue();
        assertThat(dryRun.getTotal()).isEqualTo(2);
        assertThat(dryRun.getResults()).extracting(RecordResult::getOutcome)
                .containsExactly(Outcome.CREATED, Outcome.PROBLEM);
        assertThat(dryRun.getResults().get(0).getRecordId()).isNull();
        RecordResult refused = dryRun.getResults().get(1);
        assertThat(refused.getRow()).isEqualTo(2);
        assertThat(refused.getReference()).isEqualTo(bad);
        assertThat(refused.getProblem().getField()).isEqualTo("reportedLoss");
        assertThat(referenceList(api)).doesNotContain(good, bad);

        ApiResponse<BatchResult> sent = api.receiveReferralBatchWithHttpInfo(batch, false, null, unique("key"));
        assertThat(sent.getStatusCode()).isEqualTo(200);
        assertThat(sent.getData().getDryRun()).isFalse();
        assertThat(sent.getData().getCreated()).isEqualTo(1);
        assertThat(sent.getData().getProblems()).isEqualTo(1);
        String id = sent.getData().getResults().get(0).getRecordId();
        assertThat(id).isNotNull();
        assertThat(sent.getData().getResults().get(1).getProblem().getField()).isEqualTo("reportedLoss");
        assertThat(referenceList(api)).contains(good).doesNotContain(bad);

        BatchResult replayed = api.receiveReferralBatch(batch, false, null, unique("other-key"));
        assertThat(replayed.getResults()).extracting(RecordResult::getOutcome)
                .containsExactly(Outcome.DUPLICATE, Outcome.PROBLEM);
        assertThat(replayed.getResults().get(0).getRecordId()).isEqualTo(id);
        assertThat(replayed.getDuplicates()).isEqualTo(1);
        assertThat(replayed.getCreated()).isZero();
    }

    @Test
    void aSingleReferralThatBreaksARuleIsAProblemTheClientReadsAsProblemJson() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> cyberForceSystem()
                .receiveReferral(referral(unique("NFRC")).reportedLoss(new BigDecimal("-1.00")), "generated-bad-1",
                        null));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        ProblemDetail problem = cyberProblem(refused);
        assertThat(problem.getStatus()).isEqualTo(refused.getCode());
        assertThat(problem.getCorrelationId()).isEqualTo("generated-bad-1");
        assertThat(problem.getType().toString()).endsWith("/validation-failed");
        assertThat(problem.getViolations()).singleElement()
                .satisfies(v -> assertThat(v.getField()).isEqualTo("reportedLoss"));
    }

    @Test
    void aReferralReceivedBeforeWithOtherDetailsIsAConflictProblem() throws ApiException {
        ReferralsApi api = cyberForceSystem();
        String reference = unique("NFRC");
        api.receiveReferral(referral(reference), null, null);

        ApiException conflict = catchThrowableOfType(ApiException.class, () -> api.receiveReferral(
                referral(reference).reportedLoss(new BigDecimal("99.00")), null, null));
        assertThat(conflict.getCode()).isEqualTo(409);
        assertThat(cyberProblem(conflict).getType().toString()).endsWith("/natural-key-conflict");
    }

    @Test
    void aForceSystemDryRunsAProtectActivityBatchThenSendsIt() throws uk.police.wm.rcs.e2e.client.ctu.ApiException {
        ProtectApi api = ctuForceSystem();
        String good = unique("PROTECT-GEN");
        String bad = unique("PROTECT-GEN");
        List<RecordActivity> batch = List.of(visit(good, LocalDate.of(2018, 8, 14)),
                visit(bad, LocalDate.of(2018, 8, 15)).attendees(-3));

        var dryRun = api.recordProtectActivityBatch(batch, true, null, null);
        assertThat(dryRun.getDryRun()).isTrue();
        assertThat(dryRun.getResults()).extracting(r -> r.getOutcome().getValue())
                .containsExactly("CREATED", "PROBLEM");
        assertThat(dryRun.getResults().get(1).getProblem().getField()).isEqualTo("attendees");
        assertThat(activityReferences(api)).doesNotContain(good, bad);

        var sent = api.recordProtectActivityBatch(batch, false, null, null);
        assertThat(sent.getDryRun()).isFalse();
        assertThat(sent.getCreated()).isEqualTo(1);
        assertThat(sent.getResults().get(0).getRecordId()).isNotNull();
        assertThat(sent.getResults().get(1).getProblem().getField()).isEqualTo("attendees");
        assertThat(activityReferences(api)).contains(good).doesNotContain(bad);
    }

    @Test
    void aPartnerRegionReadsAQuartersShareableFiguresWithSmallCountsSuppressed() throws Exception {
        // quarters no other test writes to: five OFFICIAL visits in 2016-17 Q1, two in Q3 (under the small-count
        // threshold); three more in Q1 at the force system's default marking (OFFICIAL-SENSITIVE), sent first,
        // which a partner never counts
        List<RecordActivity> visits = new ArrayList<>();
        IntStream.range(0, 3).forEach(i -> visits.add(visit(unique("SENSITIVE-Q1"), LocalDate.of(2016, 4, 10 + i))));
        IntStream.range(0, 5).forEach(i -> visits.add(visit(unique("PARTNER-Q1"), LocalDate.of(2016, 5, 10 + i))
                .classification(Classification.OFFICIAL)));
        IntStream.range(0, 2).forEach(i -> visits.add(visit(unique("PARTNER-Q3"), LocalDate.of(2016, 11, 10 + i))
                .classification(Classification.OFFICIAL)));
        assertThat(ctuForceSystem().recordProtectActivityBatch(visits, false, null, null).getCreated()).isEqualTo(10);
        PartnerRegionsApi partner = partnerRegion();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                partner.getShareableQuarter("2016-17", "Q1", null).getCtuActivityByFourP())
                .filteredOn(c -> "PROTECT".equals(c.getKey())).singleElement()
                .satisfies(c -> assertThat(c.getValue()).isEqualTo(5L)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                partner.getShareableQuarter("2016-17", "Q3", null).getCtuActivityByFourP())
                .filteredOn(c -> "PROTECT".equals(c.getKey())).singleElement()
                .satisfies(c -> {
                    assertThat(c.getSuppressed()).isTrue();
                    assertThat(c.getValue()).isNull();
                }));
        ShareableQuarter quarter = partner.getShareableQuarter("2016-17", "Q1", null);
        assertThat(quarter.getQuarter()).isEqualTo("2016-17/Q1");
        assertThat(quarter.getCtuActivityByFourP()).extracting(Count::getKey).doesNotHaveDuplicates();
    }

    /** Every referral reference the force system can see, page by page. */
    private static Set<String> referenceList(ReferralsApi api) throws ApiException {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            PageReferralView page = api.listReferrals(JUSTIFICATION, cursor, 100, null, null);
            page.getItems().forEach(r -> seen.add(r.getActionFraudReference()));
            cursor = page.getNextCursor();
        } while (cursor != null);
        return seen;
    }

    /** Every Protect activity reference the force system can see, page by page. */
    private static Set<String> activityReferences(ProtectApi api) throws uk.police.wm.rcs.e2e.client.ctu.ApiException {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            PageActivityView page = api.listProtectActivities(cursor, 100, null);
            page.getItems().forEach(a -> seen.add(a.getReference()));
            cursor = page.getNextCursor();
        } while (cursor != null);
        return seen;
    }

    /** The problem body of a refused call, read with the generated model. */
    private static ProblemDetail cyberProblem(ApiException e) {
        try {
            return new uk.police.wm.rcs.e2e.client.cyber.ApiClient().getObjectMapper()
                    .readValue(e.getResponseBody(), ProblemDetail.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            throw new AssertionError("Not a problem body: " + e.getResponseBody(), notJson);
        }
    }
}
