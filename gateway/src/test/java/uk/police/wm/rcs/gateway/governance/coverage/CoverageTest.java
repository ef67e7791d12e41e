package uk.police.wm.rcs.gateway.governance.coverage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.http.HttpStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.RocuEventData;
import uk.police.wm.rcs.gateway.TestEvents;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The report's sections beyond the headline figures, fed as the services publish them and read at OFFICIAL and
 * SECRET: each figure counts only what the reader may see, what is left out is in the section's withheld list, each
 * table names the query behind it, and each section carries its domain's freshness.
 */
@QuarkusTest
class CoverageTest {

    private static final String FY = "2092-93";
    private static final String QUARTER = FY + "/Q2";
    private static final String CTU = "/west-midlands/ctu-service";
    private static final String CYBER = "/west-midlands/cyber-service";
    private static final String REVIEW = "Synthetic regional SOC strategy review " + UUID.randomUUID();
    private static JsonPath secret;
    private static JsonPath official;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String viewer(String clearance) {
        return TestTokens.forSubject("coverage-" + clearance).person(clearance, "governance-viewer").sign();
    }

    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    private static void ctu(TestEvents events, String type, String subject, Map<String, Object> data) {
        events.send("ctu.events", "coverage", TestEvents.marked(CTU, "uk.police.wm.ctu." + type + ".v1", subject,
                data));
    }

    private static void rocu(TestEvents events, String type, String subject, Map<String, Object> data) {
        events.send("rocu.events", "coverage", TestEvents.marked(RocuEventData.SOURCE, "uk.police.wm.rocu." + type
                + ".v1", subject, data));
    }

    private static void cyber(TestEvents events, String type, String subject, Map<String, Object> data) {
        events.send("cyber.events", "coverage", TestEvents.marked(CYBER, "uk.police.wm.cyber." + type + ".v1",
                subject, data));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static void feedCtu(TestEvents events) {
        ctu(events, "plan-review.rag-counted", FY + "/Q2/ACC_SECURITY", data("financialYear", FY, "quarter", "Q2",
                "reviewingBody", "ACC_SECURITY", "red", 1, "amber", 4, "green", 10, "notReviewed", 0,
                "classification", "SECRET"));
        ctu(events, "plan-review.rag-counted", FY + "/Q2/REGIONAL_GOVERNANCE_GROUP", data("financialYear", FY,
                "quarter", "Q2", "reviewingBody", "REGIONAL_GOVERNANCE_GROUP", "red", 0, "amber", 3, "green", 12,
                "notReviewed", 0, "classification", "OFFICIAL"));
        for (String outcome : new String[] {"CHANNEL", "CHANNEL", "SIGNPOSTED"}) {
            ctu(events, "prevent-case.changed", id(), data("id", id(), "quarter", QUARTER, "referralSource",
                    "EDUCATION", "motivation", "ISLAMIST", "stage", "OUTCOME", "outcome", outcome, "safeguarding",
                    true, "childProtection", false, "classification", "OFFICIAL_SENSITIVE", "version", 1));
        }
        for (int i = 0; i < 3; i++) {
            ctu(events, "protect-activity.recorded", id(), data("id", id(), "force", "WMP", "quarter", QUARTER,
                    "kind", "CTSA_VISIT", "siteType", "CROWDED_PLACE", "classification", "OFFICIAL"));
        }
        ctu(events, "protect-activity.recorded", id(), data("id", id(), "force", "STA", "quarter", QUARTER,
                "kind", "AWARENESS_TRAINING", "attendees", 40, "classification", "OFFICIAL"));
        String exercise = id();
        Map<String, Object> tableTop = data("id", exercise, "force", "WMP", "quarter", QUARTER, "type", "TABLE_TOP",
                "scenario", "MTFA", "agencies", 5, "lessons", 3, "openLessons", 2, "classification", "SECRET",
                "version", 1);
        ctu(events, "exercise.recorded", exercise, tableTop);
        tableTop.put("openLessons", 0); // the lessons' follow-up completed: the exercise counts once, as it stands
        tableTop.put("version", 2);
        ctu(events, "exercise.recorded", exercise, tableTop);
    }

    private static void feedRocu(TestEvents events) {
        SecurityMarking sensitive = SecurityMarking.of(Classification.OFFICIAL_SENSITIVE);
        SecurityMarking officialMarking = SecurityMarking.of(Classification.OFFICIAL);
        // WMP drugs: one approved, one downgraded, one rejected, one returned, one awaiting the panel (OFFICIAL);
        // one more approved, OFFICIAL_SENSITIVE
        String[][] decisions = {{"APPROVE", "APPROVED", "MAJOR"}, {"DOWNGRADE", "DOWNGRADED", "MINOR"},
            {"REJECT", "REJECTED", null}, {"RETURN_FOR_INFORMATION", "RETURNED_FOR_INFORMATION", null}};
        for (String[] d : decisions) {
            String id = id();
            rocu(events, "disruption.claimed", id, RocuEventData.claim(id, 1, QUARTER, "DRUGS", "MAJOR", "WMP",
                    officialMarking));
            rocu(events, "disruption.moderated", id, RocuEventData.moderation(id, 2, QUARTER, d[0], d[1], "MAJOR",
                    d[2], officialMarking));
        }
        String awaiting = id();
        rocu(events, "disruption.claimed", awaiting, RocuEventData.claim(awaiting, 1, QUARTER, "DRUGS", "MODERATE",
                "WMP", officialMarking));
        String hidden = id();
        rocu(events, "disruption.claimed", hidden, RocuEventData.claim(hidden, 1, QUARTER, "DRUGS", "MAJOR", "WMP",
                sensitive));
        rocu(events, "disruption.moderated", hidden, RocuEventData.moderation(hidden, 2, QUARTER, "APPROVE",
                "APPROVED", "MAJOR", "MAJOR", sensitive));

        rocu(events, "reconciliation.issued", QUARTER, data("quarter", QUARTER, "formulaYear", FY,
                "regionalCost", 1000000.00, "balances", Map.of("WMP", 20000.00, "ALLIANCE", -5000.00,
                        "STA", -15000.00),
                "lines", List.of(
                        Map.of("contributor", "WMP", "sharePercent", 57, "shareDue", 570000.00,
                                "staffCostBorne", 550000.00, "balance", 20000.00),
                        Map.of("contributor", "ALLIANCE", "sharePercent", 26, "shareDue", 260000.00,
                                "staffCostBorne", 265000.00, "balance", -5000.00),
                        Map.of("contributor", "STA", "sharePercent", 17, "shareDue", 170000.00,
                                "staffCostBorne", 185000.00, "balance", -15000.00)),
                "issuedAt", "2092-10-15T09:00:00Z", "classification", "OFFICIAL"));

        String review = id();
        Map<String, Object> changed = data("id", review, "item", REVIEW, "owner", "ROCU Head of Business",
                "status", "NOT_STARTED", "nextReview", "2093-03-31", "version", 0, "classification", "OFFICIAL");
        rocu(events, "review.changed", review, changed);
        Map<String, Object> deferred = new HashMap<>(changed);
        deferred.put("status", "DEFERRED");
        deferred.put("version", 1);
        rocu(events, "review.changed", review, deferred);
        rocu(events, "review.changed", review, changed); // a redelivered older version changes nothing
        rocu(events, "objective.set", id(), data("id", id(), "financialYear", FY, "title",
                "Commence preparation for the Commonwealth Games", "description", "Synthetic.",
                "classification", "OFFICIAL"));
        rocu(events, "objective.set", id(), data("id", id(), "financialYear", FY, "title",
                "Synthetic sensitive objective", "description", "Synthetic.", "classification",
                "OFFICIAL_SENSITIVE"));
    }

    /** A referral as cyber-service publishes it; {@code contactedInTime} null: never contacted. */
    private static void referral(TestEvents events, String force, String receivedAt, String contactDueBy,
            Boolean contactedInTime, String classification) {
        String id = id();
        cyber(events, "referral.received", id, data("id", id, "force", force, "crimeClass", "CYBER_ENABLED",
                "vulnerableVictim", contactDueBy != null, "receivedAt", receivedAt, "contactDueBy", contactDueBy,
                "classification", classification));
        if (contactedInTime != null) {
            cyber(events, "referral.victim-contacted", id, data("id", id, "force", force, "vulnerableVictim",
                    contactDueBy != null, "contactedOn", "2092-07-20", "contactDueBy", contactDueBy,
                    "withinDeadline", contactedInTime, "classification", classification));
        }
    }

    /**
     * Victim-contact deadlines: WMP, deadlines in the quarter, met, late and not contacted (OFFICIAL) and one met
     * that is OFFICIAL_SENSITIVE; West Mercia's received in Q1 with its deadline in Q2 (counts in Q2); Staffordshire's
     * deadline in Q3 (not in Q2); Warwickshire's without a deadline (not a vulnerable victim).
     */
    private static void feedReferrals(TestEvents events) {
        referral(events, "WMP", "2092-07-10T09:00:00Z", "2092-07-12", true, "OFFICIAL");
        referral(events, "WMP", "2092-07-10T09:00:00Z", "2092-07-12", false, "OFFICIAL");
        referral(events, "WMP", "2092-07-10T09:00:00Z", "2092-07-12", null, "OFFICIAL");
        referral(events, "WMP", "2092-07-10T09:00:00Z", "2092-07-12", true, "OFFICIAL_SENSITIVE");
        referral(events, "WMC", "2092-06-29T09:00:00Z", "2092-07-01", true, "OFFICIAL");
        referral(events, "STA", "2092-09-30T09:00:00Z", "2092-10-02", null, "OFFICIAL");
        referral(events, "WAR", "2092-07-10T09:00:00Z", null, true, "OFFICIAL");
    }

    private static void feedCyber(TestEvents events) {
        feedReferrals(events);
        cyber(events, "five-point-commitment.updated", FY + "/PEOPLE", data("financialYear", FY, "area", "PEOPLE",
                "status", "ON_TRACK", "commitment", "Our people will be aware, skilled and equipped.",
                "classification", "OFFICIAL"));
        // due in the quarter and not done: overdue at its end; done on time; AMBER but OFFICIAL_SENSITIVE
        cyber(events, "plan-action.updated", id(), data("id", id(), "financialYear", FY, "strand", "PROTECT",
                "title", "Synthetic overdue action", "owner", "Protect lead", "dueOn", "2092-08-01", "rag", "RED",
                "completedOn", null, "classification", "OFFICIAL"));
        cyber(events, "plan-action.updated", id(), data("id", id(), "financialYear", FY, "strand", "PROTECT",
                "title", "Synthetic completed action", "owner", "Protect lead", "dueOn", "2092-08-01", "rag",
                "GREEN", "completedOn", "2092-07-20", "classification", "OFFICIAL"));
        cyber(events, "plan-action.updated", id(), data("id", id(), "financialYear", FY, "strand", "PREVENT",
                "title", "Synthetic sensitive action", "owner", "Prevent lead", "dueOn", "2093-01-31", "rag",
                "AMBER", "completedOn", null, "classification", "OFFICIAL_SENSITIVE"));
        cyber(events, "forensics-month.reported", "2092-07", data("month", "2092-07", "kioskExaminations", 120,
                "centralSubmissions", 30, "classification", "OFFICIAL"));
        // para 92: three Digital PCSOs in post; a month reported before the headcount was published lacks it
        cyber(events, "pcso-month.reported", "2092-07", data("month", "2092-07", "reach", 200000, "events",
                Map.of("SCHOOLS", 3, "BANKS", 1), "digitalPcsosInPost", 3, "classification", "OFFICIAL"));
        cyber(events, "pcso-month.reported", "2092-08", data("month", "2092-08", "reach", 99000, "events",
                Map.of("SMES", 2), "classification", "OFFICIAL"));
        cyber(events, "cyber-essentials-month.reported", "2092-08", data("month", "2092-08", "smesEngaged", 25,
                "certifications", 4, "classification", "OFFICIAL_SENSITIVE"));
        cyber(events, "training-session.recorded", id(), data("id", id(), "deliveredOn", "2092-07-10", "audience",
                "STUDENT_OFFICERS", "course", "Cyber awareness", "attendees", 30, "classification", "OFFICIAL"));
        cyber(events, "training-session.recorded", id(), data("id", id(), "deliveredOn", "2092-09-10", "audience",
                "STUDENT_OFFICERS", "course", "Cyber awareness", "attendees", 20, "classification", "OFFICIAL"));
        cyber(events, "outreach-event.recorded", id(), data("id", id(), "heldOn", "2092-08-20", "name",
                "Synthetic gaming event", "kind", "EVENT", "strand", "PREVENT", "audience", "YOUNG_PEOPLE",
                "partner", "GetSafeOnline", "attendees", 300, "classification", "OFFICIAL"));
        String bid = id();
        cyber(events, "funding-bid.submitted", bid, data("id", bid, "board", "National Specialist Cybercrime Build"
                + " Project Board", "purpose", "Synthetic equipment and staff costs", "amount", 122000.00,
                "submittedOn", "2092-08-30", "classification", "OFFICIAL"));
        cyber(events, "funding-bid.decided", bid, data("id", bid, "amount", 122000.00, "status", "APPROVED",
                "decisionOn", "2092-09-17", "classification", "OFFICIAL"));
    }

    /** Feeds the events once, for the first test that runs, and reads the view at SECRET and at OFFICIAL. */
    private synchronized void feed() {
        if (secret != null) {
            return;
        }
        try (TestEvents events = new TestEvents(bootstrapServers)) {
            feedCtu(events);
            feedRocu(events);
            feedCyber(events);
        }
        String token = viewer("SECRET");
        // each topic's events share one key, so its last event applied means all of its events were
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonPath view = get(token);
            return "0".equals(String.valueOf(cell(view, "ctu.preventProtectPrepare", "prepareExercises", "TABLE_TOP",
                    "openLessons"))) && rows(view, "rocu.reviewsAndObjectives", "objectives").size() >= 2
                    && "APPROVED".equals(cell(view, "cyber.outputs", "fundingBids",
                    "Synthetic equipment and staff costs", "status"));
        });
        secret = get(token);
        official = get(viewer("OFFICIAL"));
    }

    private static JsonPath get(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/governance/" + QUARTER).then()
                .statusCode(HttpStatus.SC_OK).extract().jsonPath();
    }

    private static String table(String section, String table) {
        return "sections.find { it.key == '" + section + "' }.tables.find { it.key == '" + table + "' }";
    }

    private static List<Map<String, Object>> rows(JsonPath view, String section, String table) {
        List<Map<String, Object>> rows = view.getList(table(section, table) + ".rows");
        return rows == null ? List.of() : rows;
    }

    /** A cell's count, amount or status, or null when the row or cell is not there. */
    private static Object cell(JsonPath view, String section, String table, String row, String column) {
        Map<String, Object> c = view.get(table(section, table) + ".rows.find { it.key == '" + row
                + "' }.cells.find { it.column == '" + column + "' }");
        if (c == null) {
            return null;
        }
        return c.get("count") != null ? c.get("count") : c.get("amount") != null ? c.get("amount") : c.get("status");
    }

    private static List<String> withheld(JsonPath view, String section) {
        return view.getList("sections.find { it.key == '" + section + "' }.withheld.what", String.class);
    }

    @Test
    void businessPlanRagIsShownPerReviewingBodyAtTheReadersClearance() {
        feed();
        assertThat(cell(secret, "ctu.businessPlanRag", "ragByReviewingBody", "ACC_SECURITY", "red")).isEqualTo(1);
        assertThat(cell(secret, "ctu.businessPlanRag", "ragByReviewingBody", "REGIONAL_GOVERNANCE_GROUP", "green"))
                .isEqualTo(12);
        assertThat(withheld(secret, "ctu.businessPlanRag")).isEmpty();
        assertThat(cell(official, "ctu.businessPlanRag", "ragByReviewingBody", "ACC_SECURITY", "red")).isNull();
        assertThat(cell(official, "ctu.businessPlanRag", "ragByReviewingBody", "REGIONAL_GOVERNANCE_GROUP", "amber"))
                .isEqualTo(3);
        assertThat(withheld(official, "ctu.businessPlanRag")).containsExactly("SECRET records");
        assertThat(official.getList("withheld.section", String.class)).contains("ctu.businessPlanRag");
        assertThat(secret.getString(table("ctu.businessPlanRag", "ragByReviewingBody") + ".source.path"))
                .isEqualTo("/api/v1/business-plans/2092-93/reviews/Q2");
        assertThat(secret.getString(table("ctu.businessPlanRag", "ragByReviewingBody") + ".source.frontDoorPath"))
                .isEqualTo("/api/v1/ctu/business-plans/2092-93/reviews/Q2");
        assertThat(secret.getString("sections.find { it.key == 'ctu.businessPlanRag' }.freshness.eventsApplied"))
                .isNotNull();
    }

    @Test
    void preventProtectAndPrepareOutputsCountOnlyWhatTheReaderMaySee() {
        feed();
        String s = "ctu.preventProtectPrepare";
        assertThat(cell(secret, s, "preventCases", "CHANNEL", "cases")).isEqualTo(2);
        assertThat(cell(secret, s, "preventCases", "SIGNPOSTED", "cases")).isEqualTo(1);
        assertThat(cell(secret, s, "protectActivities", "CROWDED_PLACE", "activities")).isEqualTo(3);
        assertThat(cell(secret, s, "protectActivities", "AWARENESS_TRAINING", "attendees")).isEqualTo(40);
        assertThat(cell(secret, s, "prepareExercises", "TABLE_TOP", "exercises")).isEqualTo(1);
        assertThat(cell(secret, s, "prepareExercises", "TABLE_TOP", "lessons")).isEqualTo(3);
        // ordered by size
        assertThat(rows(secret, s, "preventCases").get(0).get("key")).isEqualTo("CHANNEL");

        assertThat(rows(official, s, "preventCases")).isEmpty();
        assertThat(rows(official, s, "prepareExercises")).isEmpty();
        assertThat(cell(official, s, "protectActivities", "CROWDED_PLACE", "activities")).isEqualTo(3);
        assertThat(withheld(official, s)).contains("OFFICIAL_SENSITIVE records", "SECRET records");
    }

    @Test
    void claimedAgainstModeratedByForceAndCrimeType() {
        feed();
        String s = "rocu.claimedVersusModerated";
        assertThat(cell(secret, s, "byForce", "WMP", "claims")).isEqualTo(6);
        assertThat(cell(secret, s, "byForce", "WMP", "approved")).isEqualTo(2);
        assertThat(cell(secret, s, "byForce", "WMP", "downgraded")).isEqualTo(1);
        assertThat(cell(secret, s, "byForce", "WMP", "rejected")).isEqualTo(1);
        assertThat(cell(secret, s, "byForce", "WMP", "returned")).isEqualTo(1);
        assertThat(cell(secret, s, "byForce", "WMP", "awaitingPanel")).isEqualTo(1);
        assertThat(cell(secret, s, "byCrimeType", "DRUGS", "claims")).isEqualTo(6);
        assertThat(cell(official, s, "byForce", "WMP", "claims")).isEqualTo(5);
        assertThat(cell(official, s, "byForce", "WMP", "approved")).isEqualTo(1);
        assertThat(withheld(official, s)).containsExactly("OFFICIAL_SENSITIVE records");
        assertThat(secret.getMap(table(s, "byForce") + ".source.parameters")).containsEntry("quarter", QUARTER);
    }

    @Test
    void fundingReconciliationShowsTheFormulaSharesAndBalances() {
        feed();
        String s = "rocu.fundingReconciliation";
        assertThat(rows(official, s, "reconciliation")).extracting(r -> r.get("key"))
                .containsExactly("WMP", "ALLIANCE", "STA");
        assertThat(cell(official, s, "reconciliation", "WMP", "sharePercent")).isEqualTo(57.0f);
        assertThat(cell(official, s, "reconciliation", "ALLIANCE", "sharePercent")).isEqualTo(26.0f);
        assertThat(cell(official, s, "reconciliation", "STA", "balance")).isEqualTo(-15000.0f);
        assertThat(cell(official, s, "regionalCost", "REGIONAL_COST", "regionalCost")).isEqualTo(1000000.0f);
        assertThat(withheld(official, s)).isEmpty();
    }

    @Test
    void reviewRegisterShowsTheNewestVersionAndObjectivesAtTheReadersClearance() {
        feed();
        String s = "rocu.reviewsAndObjectives";
        assertThat(cell(official, s, "reviews", REVIEW, "status")).isEqualTo("DEFERRED");
        assertThat(cell(official, s, "objectives", "Commence preparation for the Commonwealth Games", "x")).isNull();
        assertThat(rows(official, s, "objectives")).extracting(r -> r.get("key"))
                .containsExactly("Commence preparation for the Commonwealth Games");
        assertThat(rows(secret, s, "objectives")).hasSize(2);
        assertThat(withheld(official, s)).containsExactly("OFFICIAL_SENSITIVE records");
    }

    @Test
    void cyberPlansShowRagAndTheActionsOverdueAtTheQuartersEnd() {
        feed();
        String s = "cyber.plans";
        assertThat(cell(official, s, "fivePointPlan", "PEOPLE", "status")).isEqualTo("ON_TRACK");
        assertThat(cell(official, s, "deliveryPlanRag", "PROTECT", "actions")).isEqualTo(2);
        assertThat(cell(official, s, "deliveryPlanRag", "PROTECT", "red")).isEqualTo(1);
        assertThat(cell(official, s, "deliveryPlanRag", "PROTECT", "completed")).isEqualTo(1);
        assertThat(cell(official, s, "deliveryPlanRag", "PROTECT", "overdue")).isEqualTo(1);
        assertThat(rows(official, s, "overdueActions")).extracting(r -> r.get("key"))
                .containsExactly("Synthetic overdue action");
        assertThat(cell(official, s, "deliveryPlanRag", "PREVENT", "amber")).isNull();
        assertThat(cell(secret, s, "deliveryPlanRag", "PREVENT", "amber")).isEqualTo(1);
        assertThat(withheld(official, s)).containsExactly("OFFICIAL_SENSITIVE records");
    }

    @Test
    void victimContactDeadlinesFallingInTheQuarterMetLateAndNotContactedByForce() {
        feed();
        String s = "cyber.victimContactDeadlines";
        assertThat(rows(secret, s, "byForce")).extracting(r -> r.get("key")).containsExactly("WMP", "WMC");
        assertThat(cell(secret, s, "byForce", "WMP", "referrals")).isEqualTo(4);
        assertThat(cell(secret, s, "byForce", "WMP", "metDeadline")).isEqualTo(2);
        assertThat(cell(secret, s, "byForce", "WMP", "contactedLate")).isEqualTo(1);
        assertThat(cell(secret, s, "byForce", "WMP", "notContacted")).isEqualTo(1);
        assertThat(cell(secret, s, "byForce", "WMC", "metDeadline")).isEqualTo(1);
        assertThat(withheld(secret, s)).isEmpty();
        assertThat(cell(official, s, "byForce", "WMP", "referrals")).isEqualTo(3);
        assertThat(cell(official, s, "byForce", "WMP", "metDeadline")).isEqualTo(1);
        assertThat(withheld(official, s)).containsExactly("OFFICIAL_SENSITIVE records");
        assertThat(secret.getString(table(s, "byForce") + ".source.path")).isEqualTo("/api/v1/referrals");
        assertThat(secret.getString(table(s, "byForce") + ".source.frontDoorPath"))
                .isEqualTo("/api/v1/cyber/referrals");
        assertThat(secret.getString("sections.find { it.key == '" + s + "' }.freshness.eventsApplied")).isNotNull();
    }

    @Test
    void cyberOutputsPerMonthAudienceAndBid() {
        feed();
        String s = "cyber.outputs";
        assertThat(cell(official, s, "digitalForensics", "2092-07", "kioskExaminations")).isEqualTo(120);
        assertThat(rows(official, s, "cyberEssentials")).isEmpty();
        assertThat(cell(secret, s, "cyberEssentials", "2092-08", "certifications")).isEqualTo(4);
        assertThat(cell(official, s, "digitalPcso", "2092-07", "digitalPcsosInPost")).isEqualTo(3);
        assertThat(cell(official, s, "digitalPcso", "2092-07", "reach")).isEqualTo(200000);
        assertThat(cell(official, s, "digitalPcso", "2092-07", "eventsSupported")).isEqualTo(4);
        assertThat(cell(official, s, "digitalPcso", "2092-08", "digitalPcsosInPost")).isEqualTo("not stated");
        assertThat(official.getString(table(s, "digitalPcso") + ".source.path"))
                .isEqualTo("/api/v1/digital-pcso/2092-93/months");
        assertThat(cell(official, s, "training", "STUDENT_OFFICERS", "sessions")).isEqualTo(2);
        assertThat(cell(official, s, "training", "STUDENT_OFFICERS", "attendees")).isEqualTo(50);
        assertThat(cell(official, s, "outreach", "PREVENT/YOUNG_PEOPLE", "attendees")).isEqualTo(300);
        assertThat(cell(official, s, "fundingBids", "Synthetic equipment and staff costs", "amount"))
                .isEqualTo(122000.0f);
        assertThat(withheld(official, s)).containsExactly("OFFICIAL_SENSITIVE records");
        assertThat(withheld(secret, s)).isEmpty();
    }

    /**
     * The board pack shows each coverage table with the query behind its own figures (a section's tables come from
     * different endpoints and parameters) and names what its rows are, as the API does, in words.
     */
    @Test
    void eachTableOfThePackNamesItsOwnQueryAndWhatItsRowsAre() {
        feed();
        String page = given().auth().oauth2(viewer("SECRET")).when().get("/api/v1/board-pack/" + QUARTER).then()
                .statusCode(HttpStatus.SC_OK).extract().asString().replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        List<Map<String, Object>> sections = secret.getList("sections");
        int tables = 0;
        for (Map<String, Object> section : sections) {
            for (Object t : (List<?>) section.get("tables")) {
                Map<?, ?> table = (Map<?, ?>) t;
                String caption = table.get("title") + " (" + table.get("period") + ")";
                Map<?, ?> source = (Map<?, ?>) table.get("source");
                Map<String, String> parameters = new TreeMap<>();
                ((Map<?, ?>) source.get("parameters")).forEach((k, v) -> parameters.put((String) k, (String) v));
                String query = parameters.isEmpty() ? "" : "?" + String.join("&", parameters.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList());
                Matcher said = Pattern.compile("data-source-of=\"" + Pattern.quote(caption) + "\">Source: (.*?)</p>")
                        .matcher(page);
                assertThat(said.find()).as("the source under " + caption).isTrue();
                assertThat(said.group(1)).as("the source under " + caption)
                        .contains(source.get("service") + ", GET " + source.get("path") + query)
                        .contains(source.get("frontDoorPath") + query)
                        .contains((String) source.get("derivation"));
                assertThat(table.get("rowHeading")).as("what the rows of " + caption + " are").isNotNull()
                        .isNotEqualTo("Item");
                if (!((List<?>) table.get("rows")).isEmpty()) {
                    Matcher heading = Pattern.compile("data-figure=\"" + Pattern.quote(caption)
                            + "\">\\s*<thead[^>]*>\\s*<tr[^>]*><th[^>]*>([^<]*)</th>").matcher(page);
                    assertThat(heading.find()).as("the table " + caption).isTrue();
                    assertThat(heading.group(1)).isEqualTo(table.get("rowHeading"));
                }
                tables++;
            }
        }
        assertThat(tables).isGreaterThan(10);
        // two tables of one section, two different queries
        assertThat(page).contains("GET /api/v1/disruptions?force=<force>&quarter=" + QUARTER)
                .contains("GET /api/v1/disruptions?crimeType=<crime type>&quarter=" + QUARTER)
                // a row keyed by two codes (strand and audience) reads as both labels; the code stays in data-key
                .contains(">Prevent, Young people</th>").doesNotContain(">PREVENT/YOUNG_PEOPLE</th>");
        // what a person reads (the markup's data attributes keep the codes for machines): no code anywhere, also
        // not a row the view keys itself (the regional cost) or a status named in a source's derivation
        String text = page.replaceAll("<[^>]*>", " ");
        assertThat(text).contains("Regional cost").doesNotContainPattern("[A-Z]{3,}_[A-Z_]+");
        // the exports read as the page does: a month in words, as in the page's Digital PCSO table
        String pcso = given().auth().oauth2(viewer("SECRET")).when().get("/api/v1/governance/" + QUARTER
                + "/export/csv/cyber-pcso-reach-by-month").then().statusCode(HttpStatus.SC_OK).extract().asString();
        assertThat(pcso).contains("July 2092").doesNotContain("2092-07");
    }
}
