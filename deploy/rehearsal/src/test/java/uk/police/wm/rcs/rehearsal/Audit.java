package uk.police.wm.rcs.rehearsal;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * After a run: every acknowledged claim and referral looked for in its service's database, on its topic (an
 * independent consumer from the start) and in the gateway's read model. Lost: acknowledged, then missing from any of
 * the three; duplicated: two records for one natural key, or two different events creating one record.
 *
 * @param lost natural keys or ids of acknowledged writes missing somewhere
 * @param duplicated natural keys or ids written or published twice
 * @param approved approved disruptions in rocu's database
 * @param approvedFigure the governance view's approved disruptions, both quarters of the run added
 */
record Audit(Set<String> lost, Set<String> duplicated, long approved, long approvedFigure, String summary) {

    private static final Duration LIMIT = Duration.ofSeconds(180);

    static Audit of(LocalStack stack, String runId, ForceSystems claims, ForceSystems referrals, Http http, String viewer) throws Exception {
        Set<String> lost = new TreeSet<>();
        Set<String> duplicated = new TreeSet<>();
        String like = "'REH-" + runId + "-%'";

        Set<String> claimIds = claims.accepted().stream().map(ForceSystems.Accepted::disruptionId).collect(Collectors.toSet());
        Set<String> claimRecords = Database.strings(stack, "rocu", "SELECT id::text FROM disruption WHERE source_record_id LIKE " + like);
        duplicated.addAll(Database.strings(stack, "rocu", "SELECT source_record_id FROM disruption WHERE source_record_id LIKE " + like
                + " GROUP BY source_record_id HAVING count(*) > 1"));
        lost.addAll(missing(claimIds, claimRecords));
        TopicAudit.Result claimTopic = TopicAudit.read(stack.kafkaBootstrapServers(), "rocu.events", claimIds, LIMIT);
        lost.addAll(claimTopic.lost());
        duplicated.addAll(claimTopic.duplicated());

        Set<String> referralIds = referrals.accepted().stream().map(ForceSystems.Accepted::disruptionId).collect(Collectors.toSet());
        // cyber-service keeps Action Fraud references in upper case
        Set<String> referralRecords = Database.strings(stack, "cyber", "SELECT id::text FROM referral WHERE action_fraud_reference LIKE upper("
                + like + ")");
        duplicated.addAll(Database.strings(stack, "cyber", "SELECT action_fraud_reference FROM referral WHERE action_fraud_reference LIKE upper("
                + like + ") GROUP BY action_fraud_reference HAVING count(*) > 1"));
        lost.addAll(missing(referralIds, referralRecords));
        TopicAudit.Result referralTopic = TopicAudit.read(stack.kafkaBootstrapServers(), "cyber.events", TopicAudit.REFERRAL_RECEIVED, "id",
                referralIds, LIMIT);
        lost.addAll(referralTopic.lost());
        duplicated.addAll(referralTopic.duplicated());

        // the gateway's read model: each acknowledged record once (its tables are keyed by the record's id)
        Set<String> inView = new HashSet<>();
        try {
            await("the gateway's read model holds every acknowledged write").atMost(LIMIT).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> {
                        inView.clear();
                        inView.addAll(Database.strings(stack, "gateway", "SELECT id::text FROM rocu_disruption"));
                        inView.addAll(Database.strings(stack, "gateway", "SELECT id::text FROM cyber_referral"));
                        return inView.containsAll(claimIds) && inView.containsAll(referralIds);
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // counted as lost below
        }
        lost.addAll(missing(claimIds, inView));
        lost.addAll(missing(referralIds, inView));

        long approved = Database.number(stack, "rocu", "SELECT count(*) FROM disruption WHERE status = 'APPROVED' AND source_record_id LIKE " + like);
        long[] figure = {-1};
        try {
            await("the governance figures reach the approvals").atMost(LIMIT).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> {
                        figure[0] = approvedIn(http, stack, viewer, "Q1") + approvedIn(http, stack, viewer, "Q2");
                        return figure[0] == approved;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported and asserted by the caller
        }
        String summary = String.format("audit: claims acknowledged %d, in rocu's database %d, on rocu.events %s (redeliveries of one id %d);"
                        + " referrals acknowledged %d, in cyber's database %d, on cyber.events %s (redeliveries %d); gateway read model holds"
                        + " %d of them; approved disruptions %d, governance figure (Q1 + Q2) %d; lost %d, duplicated %d",
                claimIds.size(), claimRecords.size(), claimTopic.byType(), claimTopic.redeliveries(), referralIds.size(),
                referralRecords.size(), referralTopic.byType(), referralTopic.redeliveries(),
                inView.stream().filter(id -> claimIds.contains(id) || referralIds.contains(id)).count(), approved, figure[0],
                lost.size(), duplicated.size());
        return new Audit(lost, duplicated, approved, figure[0], summary);
    }

    private static long approvedIn(Http http, LocalStack stack, String viewer, String quarter) {
        return FaultRehearsalTest.approvedFigure(http.get(stack.instance(RcsService.GATEWAY, 0).baseUrl() + "/api/v1/governance/"
                + ForceSystems.FY + "/" + quarter, viewer));
    }

    private static Set<String> missing(Set<String> expected, Set<String> found) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(found);
        return missing;
    }
}
