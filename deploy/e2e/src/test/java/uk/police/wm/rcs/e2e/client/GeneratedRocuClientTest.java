package uk.police.wm.rcs.e2e.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.e2e.client.rocu.ApiClient;
import uk.police.wm.rcs.e2e.client.rocu.ApiException;
import uk.police.wm.rcs.e2e.client.rocu.ApiResponse;
import uk.police.wm.rcs.e2e.client.rocu.api.CrossBorderNoticesApi;
import uk.police.wm.rcs.e2e.client.rocu.api.DisruptionDecisionsApi;
import uk.police.wm.rcs.e2e.client.rocu.api.DisruptionsApi;
import uk.police.wm.rcs.e2e.client.rocu.api.ModerationApi;
import uk.police.wm.rcs.e2e.client.rocu.api.OcgRegisterApi;
import uk.police.wm.rcs.e2e.client.rocu.api.PerformanceApi;
import uk.police.wm.rcs.e2e.client.rocu.model.ActivityLevel;
import uk.police.wm.rcs.e2e.client.rocu.model.BatchResult;
import uk.police.wm.rcs.e2e.client.rocu.model.ClaimDisruption;
import uk.police.wm.rcs.e2e.client.rocu.model.Classification;
import uk.police.wm.rcs.e2e.client.rocu.model.CrimeType;
import uk.police.wm.rcs.e2e.client.rocu.model.DecideDisruption;
import uk.police.wm.rcs.e2e.client.rocu.model.Decision;
import uk.police.wm.rcs.e2e.client.rocu.model.DisruptionStatus;
import uk.police.wm.rcs.e2e.client.rocu.model.DisruptionView;
import uk.police.wm.rcs.e2e.client.rocu.model.Force;
import uk.police.wm.rcs.e2e.client.rocu.model.FourP;
import uk.police.wm.rcs.e2e.client.rocu.model.HoldPanel;
import uk.police.wm.rcs.e2e.client.rocu.model.Impact;
import uk.police.wm.rcs.e2e.client.rocu.model.LeadAgency;
import uk.police.wm.rcs.e2e.client.rocu.model.NoticeDecision;
import uk.police.wm.rcs.e2e.client.rocu.model.NoticeRequest;
import uk.police.wm.rcs.e2e.client.rocu.model.NoticeView;
import uk.police.wm.rcs.e2e.client.rocu.model.OcgDetails;
import uk.police.wm.rcs.e2e.client.rocu.model.PageDisruptionView;
import uk.police.wm.rcs.e2e.client.rocu.model.PanelView;
import uk.police.wm.rcs.e2e.client.rocu.model.ProblemDetail;
import uk.police.wm.rcs.e2e.client.rocu.model.Status;
import uk.police.wm.rcs.e2e.client.rocu.model.TargetType;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * rocu-service driven only through the Java client generated from its committed contract
 * ({@code openapi-generator-maven-plugin}, target/generated-test-sources), as a force system and a partner region
 * would: a contract the server does not keep (a status, a header, a body's shape) fails here in behaviour.
 */
class GeneratedRocuClientTest {

    /** The group the claims cite (deploy/demo/20-rocu-ocgs.json's second). */
    private static final String CITED_OCG = "OCG-WMP-0002";

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.start(LocalStack.Options.forTests().onlyServices(RcsService.ROCU));
        // a claim cites a group of the register: map the one the claims below cite, as the demo data maps it
        try {
            new OcgRegisterApi(clientWith(stack.tokens().userToken("rocu.analyst"))).mapOcg(new OcgDetails()
                    .reference(CITED_OCG).name("Synthetic group 02").owningForce(Force.WMP)
                    .leadResponsibleOfficer("Local Responsible Officer, NPU").predominantCrimeType(CrimeType.DRUGS)
                    .activityLevel(ActivityLevel.FORCE_OCG).threatBand("1C"), null, null);
        } catch (ApiException e) {
            throw new IllegalStateException("mapping " + CITED_OCG + ": " + e.getResponseBody(), e);
        }
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** A generated client that sends this token, as an integrator sets one up. */
    private static ApiClient clientWith(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(stack.serviceUrl(RcsService.ROCU));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static DisruptionsApi forceSystem() {
        return new DisruptionsApi(clientWith(stack.tokens().clientToken("force-wmp")));
    }

    /** A claim as the demo data's first one (deploy/demo/21-rocu-disruptions.json), with its own reference. */
    private static ClaimDisruption claim(String sourceRecordId) {
        return new ClaimDisruption().sourceRecordId(sourceRecordId).targetType(TargetType.OCG)
                .ocgReference(CITED_OCG).leadAgency(LeadAgency.ROCU).crimeType(CrimeType.DRUGS)
                .claimedImpact(Impact.MODERATE).category(FourP.PURSUE).activityLevel(ActivityLevel.REGIONAL)
                .disruptedOn(LocalDate.of(2018, 7, 10)).narrative("Synthetic: generated-client claim.")
                .highlight(false);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aForceSystemListsTheOcgReferencesItMayCiteWithoutNamesAndAnUnknownOneIsAProblemNamingTheField()
            throws ApiException {
        var references = new OcgRegisterApi(clientWith(stack.tokens().clientToken("force-wmp")))
                .listOwnOcgReferencesWithHttpInfo(null, null, null);
        assertThat(references.getStatusCode()).isEqualTo(200);
        assertThat(references.getData().getItems()).anySatisfy(r -> assertThat(r.getReference()).isEqualTo(CITED_OCG));
        assertThat(references.getData().getItems().toString()).doesNotContain("Synthetic group 02");

        ApiException unknown = catchThrowableOfType(ApiException.class,
                () -> forceSystem().claimDisruption(claim(unique("GEN-UNKNOWN-OCG")).ocgReference("OCG-WMP-9999"),
                        null, null));
        assertThat(unknown.getCode()).isEqualTo(422);
        assertThat(problem(unknown).getType().toString()).endsWith("/unknown-ocg");
        assertThat(problem(unknown).getField()).isEqualTo("ocgReference");
    }

    @Test
    void aForceSystemClaimsAndGetsTheRecordItsLocationAndItsETag() throws ApiException {
        ApiResponse<DisruptionView> created = forceSystem()
                .claimDisruptionWithHttpInfo(claim(unique("GEN-CLAIM")), "generated-claim-1", null);

        assertThat(created.getStatusCode()).isEqualTo(201);
        DisruptionView record = created.getData();
        assertThat(record.getForce()).isEqualTo(Force.WMP);
        assertThat(record.getStatus()).isEqualTo(DisruptionStatus.CLAIMED);
        assertThat(record.getQuarter()).isEqualTo("2018-19/Q2");
        assertThat(created.getHeaders().get("Location")).singleElement().asString().endsWith("/" + record.getId());
        assertThat(created.getHeaders().get("ETag")).singleElement().isEqualTo("\"" + record.getVersion() + "\"");
        assertThat(created.getHeaders().get("X-Correlation-Id")).containsExactly("generated-claim-1");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheAnswerAndARetryOfTheRecordGetsTheOriginal() throws ApiException {
        DisruptionsApi api = forceSystem();
        ClaimDisruption claim = claim(unique("GEN-RETRY"));
        String key = unique("key");
        ApiResponse<DisruptionView> first = api.claimDisruptionWithHttpInfo(claim, null, key);

        ApiResponse<DisruptionView> replayed = api.claimDisruptionWithHttpInfo(claim, null, key);
        assertThat(replayed.getStatusCode()).isEqualTo(first.getStatusCode());
        assertThat(replayed.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(replayed.getData().getId()).isEqualTo(first.getData().getId());

        ApiResponse<DisruptionView> again = api.claimDisruptionWithHttpInfo(claim, null, unique("other-key"));
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getData().getId()).isEqualTo(first.getData().getId());
        assertThat(again.getData().getVersion()).isEqualTo(first.getData().getVersion());
    }

    @Test
    void aBatchGetsAResultPerRecordAndTheRecordsCanBeFollowedPageByPage() throws ApiException {
        String batch = unique("GEN-BATCH");
        List<ClaimDisruption> claims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            claims.add(claim(batch + "-" + i));
        }
        claims.add(claim(batch + "-0")); // the same record twice: one record, the second a duplicate

        ApiResponse<BatchResult> answer = forceSystem().importBatchWithHttpInfo(claims, false, null, unique("batch"));
        assertThat(answer.getStatusCode()).isEqualTo(200);
        BatchResult result = answer.getData();
        assertThat(result.getTotal()).isEqualTo(6);
        assertThat(result.getCreated()).isEqualTo(5);
        assertThat(result.getDuplicates()).isEqualTo(1);
        assertThat(result.getResults()).hasSize(6);

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            PageDisruptionView page = forceSystem().listDisruptions(null, null, null, cursor, null, null, 2, null,
                    null, null, null);
            page.getItems().forEach(d -> seen.add(d.getSourceRecordId()));
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null);
        assertThat(seen).contains(batch + "-0", batch + "-1", batch + "-2", batch + "-3", batch + "-4");
        assertThat(pages).isGreaterThan(2);
    }

    @Test
    void anAmendmentNeedsTheCurrentETagAndAStaleOneIsAPreconditionProblem() throws ApiException {
        DisruptionsApi api = forceSystem();
        ClaimDisruption claim = claim(unique("GEN-AMEND"));
        DisruptionView record = api.claimDisruption(claim, null, null);
        UUID id = UUID.fromString(record.getId());
        String etag = api.getDisruptionWithHttpInfo(id, null).getHeaders().get("ETag").get(0);

        ApiResponse<DisruptionView> amended = api.amendDisruptionWithHttpInfo(id,
                claim.narrative("Synthetic: amended through the generated client."), etag, null);
        assertThat(amended.getStatusCode()).isEqualTo(200);
        assertThat(amended.getData().getNarrative()).isEqualTo("Synthetic: amended through the generated client.");

        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> api.amendDisruption(id, claim.narrative("Synthetic: too late."), etag, null));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(problem(stale).getType().toString()).endsWith("/precondition-failed");
    }

    @Test
    void aClaimAboveTheForceSystemsClearanceIsAProblemNamingTheField() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> forceSystem()
                .claimDisruption(claim(unique("GEN-SECRET")).classification(Classification.SECRET), null, null));

        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        ProblemDetail problem = problem(refused);
        assertThat(problem.getType().toString()).endsWith("/marking-above-clearance");
        assertThat(problem.getField()).isEqualTo("classification");
        assertThat(problem.getCorrelationId()).isNotBlank();
    }

    @Test
    void freezingAQuarterTwiceIsAConflictProblem() throws ApiException {
        PerformanceApi analyst = new PerformanceApi(clientWith(stack.tokens().userToken("rocu.analyst")));
        assertThat(analyst.freezeQuarterWithHttpInfo("2016-17", "Q1", null, null).getStatusCode()).isEqualTo(201);

        ApiException again = catchThrowableOfType(ApiException.class,
                () -> analyst.freezeQuarter("2016-17", "Q1", null, null));
        assertThat(again.getCode()).isEqualTo(409);
        assertThat(problem(again).getType().toString()).endsWith("/already-frozen");
    }

    @Test
    void aPartnerRegionSendsACrossBorderNoticeOnAGroupOfTheRegisterAndReadsTheDecision() throws ApiException {
        String reference = unique("OCG-GEN");
        new OcgRegisterApi(clientWith(stack.tokens().userToken("rocu.analyst"))).mapOcg(new OcgDetails()
                .reference(reference).name("Synthetic group (generated client)").owningForce(Force.WMP)
                .leadResponsibleOfficer("Synthetic officer").predominantCrimeType(CrimeType.DRUGS)
                .activityLevel(ActivityLevel.REGIONAL).threatBand("1B"), null, null);
        CrossBorderNoticesApi partner = new CrossBorderNoticesApi(
                clientWith(stack.tokens().clientToken("region-partner-em")));

        ApiResponse<NoticeView> received = partner.receiveCrossBorderNoticeWithHttpInfo(new NoticeRequest()
                .ocgReference(reference).partnerReference(unique("EM")).summary("Synthetic: seen in our region."),
                null, null);
        assertThat(received.getStatusCode()).isEqualTo(202);
        assertThat(received.getData().getId()).isNotNull();
        UUID id = UUID.fromString(received.getData().getId());

        CrossBorderNoticesApi analyst = new CrossBorderNoticesApi(clientWith(stack.tokens().userToken("rocu.analyst")));
        analyst.decideCrossBorderNotice(id, new NoticeDecision().decision(Status.REJECTED)
                .reason("Synthetic: not a group we know."), null, null);
        NoticeView decided = partner.getOwnCrossBorderNotice(id, null);
        assertThat(decided.getStatus()).isEqualTo(Status.REJECTED);
        assertThat(decided.getDecisionReason()).isEqualTo("Synthetic: not a group we know.");
        assertThat(decided.getDecidedAt()).isNotNull();

        ApiException notTheirs = catchThrowableOfType(ApiException.class,
                () -> analyst.getOwnCrossBorderNotice(id, null));
        assertThat(notTheirs.getCode()).isEqualTo(403);
        assertThat(problem(notTheirs).getType().toString()).endsWith("/forbidden");
    }

    @Test
    void aForceSystemReadsThePanelsDecisionWithItsReasonAndFindsItAmongTheChanges() throws ApiException {
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        DisruptionView record = forceSystem().claimDisruption(claim(unique("GEN-DECIDED")), null, null);
        ModerationApi moderator = new ModerationApi(clientWith(stack.tokens().userToken("rocu.moderator")));
        PanelView panel = moderator.holdPanel(new HoldPanel().heldOn(LocalDate.of(2018, 9, 5))
                .chair("Synthetic chair").attendingForces(Set.of(Force.WMP)), null, null);
        String reason = "Synthetic: the disruption was local.";
        moderator.decideDisruption(UUID.fromString(panel.getId()), new DecideDisruption().disruptionId(record.getId())
                .decision(Decision.DOWNGRADE).moderatedImpact(Impact.MINOR).reason(reason), null, null);

        DisruptionDecisionsApi decisions = new DisruptionDecisionsApi(
                clientWith(stack.tokens().clientToken("force-wmp")));
        assertThat(decisions.listDecisionsOnDisruption(UUID.fromString(record.getId()), null)).singleElement()
                .satisfies(decision -> {
                    assertThat(decision.getDecision()).isEqualTo(Decision.DOWNGRADE);
                    assertThat(decision.getReason()).isEqualTo(reason);
                    assertThat(decision.getModeratedImpact()).isEqualTo(Impact.MINOR);
                    assertThat(decision.getPanelHeldOn()).isEqualTo(LocalDate.of(2018, 9, 5));
                });

        List<DisruptionView> changed = new ArrayList<>();
        String cursor = null;
        do {
            PageDisruptionView page = forceSystem().listDisruptions(null, since, null, cursor, null, null, 2, null,
                    null, null, null);
            changed.addAll(page.getItems());
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertThat(changed).filteredOn(d -> d.getId().equals(record.getId())).singleElement()
                .satisfies(d -> assertThat(d.getStatus()).isEqualTo(DisruptionStatus.DOWNGRADED));
    }

    /** The problem body of a refused call, read with the generated model. */
    private static ProblemDetail problem(ApiException e) {
        try {
            return new ApiClient().getObjectMapper().readValue(e.getResponseBody(), ProblemDetail.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            throw new AssertionError("Not a problem body: " + e.getResponseBody(), notJson);
        }
    }
}
