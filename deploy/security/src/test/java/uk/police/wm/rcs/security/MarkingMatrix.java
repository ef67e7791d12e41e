package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import uk.police.wm.rcs.security.MatrixPaths.Obs;
import uk.police.wm.rcs.security.MatrixPaths.PathDef;
import uk.police.wm.rcs.security.MatrixPaths.Seen;
import uk.police.wm.rcs.security.MatrixRecords.Marked;
import uk.police.wm.rcs.security.MatrixRecords.Marking;
import uk.police.wm.rcs.stack.KeycloakTokens;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * Records at each classification x caveat in each service, read by each reader profile through every path that
 * shows them (get, list, counts and summaries, the gateway's governance view, the board pack as HTML and as PDF
 * text, the partner API, the partner event topic): seen, or counted, exactly when the reader's clearance covers the
 * classification, it holds every caveat, and (a force system) it is its own force's record; partners only ever see
 * OFFICIAL without caveats. Prints the matrix it checked; every wrong cell is a violation.
 */
final class MarkingMatrix {

    static final String SECRET_FORCE = "sec-force-wmp-secret";

    /** The printed matrix (Markdown), for the report and the README. */
    static String table;
    /** The matrix's line: records, readers, checks, violations. */
    static String summary;

    /** Synthetic users the realm lacks for the matrix, created through the admin API of the test stack's Keycloak. */
    static void createUsers(SuiteTokens tokens) {
        tokens.createUser("sec.ctu.secret", List.of("ctu-officer"), "SECRET", List.of());
        tokens.createUser("sec.rocu.secret", List.of("rocu-analyst"), "SECRET", List.of("UK_EYES_ONLY"));
        tokens.createUser("sec.rocu.secret.nocaveat", List.of("rocu-analyst"), "SECRET", List.of());
        tokens.createUser("sec.rocu.moderator.secret", List.of("moderator", "rocu-analyst"), "SECRET", List.of("UK_EYES_ONLY"));
        tokens.createUser("sec.cyber.secret", List.of("cyber-officer"), "SECRET", List.of("UK_EYES_ONLY"));
        tokens.createUser("sec.os.caveat", List.of("rocu-analyst", "ctu-officer", "cyber-officer", "governance-viewer"),
                "OFFICIAL_SENSITIVE", List.of("UK_EYES_ONLY"));
        tokens.createUser("sec.secret.nocaveat", List.of("cyber-officer", "governance-viewer"), "SECRET", List.of());
        tokens.createForceClient(SECRET_FORCE, "force-wmp", "SECRET", List.of("UK_EYES_ONLY"),
                List.of("force-recorder", "machine"));
    }

    /** A reader: token, clearance, caveats and force as its token says. */
    record Reader(String name, String token, String clearance, List<String> caveats, String force, List<String> roles) {
        static Reader of(String name, String token) {
            Map<String, Object> claims = KeycloakTokens.claims(token);
            Object caveats = claims.get("caveats");
            List<String> held = caveats instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                    : caveats instanceof String s ? List.of(s.split("[,\\s]+")) : List.of();
            return new Reader(name, token, String.valueOf(claims.getOrDefault("clearance", "OFFICIAL")), held,
                    (String) claims.get("force"), SuiteTokens.roles(token));
        }

        boolean covers(Marked record) {
            boolean cleared = MatrixRecords.CLASSIFICATIONS.indexOf(clearance)
                    >= MatrixRecords.CLASSIFICATIONS.indexOf(record.classification());
            boolean forceOk = force == null || record.force() == null || force.equals(record.force());
            return cleared && caveats.containsAll(record.caveats()) && forceOk;
        }

        boolean mayUse(PathDef path) {
            return roles.stream().anyMatch(path.roles()::contains);
        }

        String profile() {
            return clearance + (caveats.isEmpty() ? "" : "+" + String.join("+", caveats));
        }
    }

    private final LocalStack stack;
    private final SuiteTokens tokens;
    private final Attack attack;
    private final Ledger ledger;
    private final MatrixPaths paths;
    private final MatrixKinds kinds;
    private final StringBuilder out = new StringBuilder();
    private final AtomicInteger checks = new AtomicInteger();

    MarkingMatrix(LocalStack stack, SuiteTokens tokens, Attack attack, Ledger ledger) {
        this.stack = stack;
        this.tokens = tokens;
        this.attack = attack;
        this.ledger = ledger;
        this.paths = new MatrixPaths(stack, attack, ledger);
        this.kinds = new MatrixKinds(paths);
    }

    void run() {
        Map<String, Reader> readers = new LinkedHashMap<>();
        for (String client : List.of("force-wmp", "force-war", SECRET_FORCE, "region-partner-em")) {
            readers.put(client, Reader.of(client, tokens.realm().clientToken(client)));
        }
        for (String user : List.of("rocu.analyst", "rocu.moderator", "sec.rocu.secret.nocaveat", "sec.rocu.secret",
                "ctu.officer.os", "sec.ctu.secret", "ctu.officer", "cyber.officer", "sec.cyber.secret", "sec.os.caveat",
                "sec.secret.nocaveat", "admin", "auditor", "gov.viewer", "gov.viewer.secret")) {
            readers.put(user, Reader.of(user, tokens.realm().userToken(user)));
        }
        MatrixRecords records = new MatrixRecords(stack, attack, ledger);
        List<String> backlogRoles = List.of("moderator", "rocu-analyst", "governance-viewer");
        Map<String, Long> backlogBefore = backlogs(readers, backlogRoles);
        List<Marked> disruptions = records.claimDisruptions(List.of(readers.get("force-wmp"), readers.get("force-war")),
                readers.get(SECRET_FORCE));
        Map<String, Long> backlogAfter = backlogs(readers, backlogRoles);
        records.approve(Reader.of("sec.rocu.moderator.secret", tokens.realm().userToken("sec.rocu.moderator.secret")),
                disruptions);
        List<Marked> ocgs = records.registerOcgs(readers.get("sec.rocu.secret"));
        List<Marked> pursue = records.recordPursueOperations(readers.get("ctu.officer"));
        List<Marked> prevent = records.referPreventCases(readers.get("ctu.officer"));
        List<Marked> referrals = records.receiveReferrals(readers.get("sec.cyber.secret"));
        awaitGateway(readers.get("gov.viewer.secret"), disruptions, pursue, prevent, referrals);
        paths.forget();

        List<Marked> all = new ArrayList<>();
        List.of(disruptions, ocgs, pursue, prevent, referrals).forEach(all::addAll);
        Map<Marked, String> topic = partnerTopic(all, setThreatLevel(readers.get("ctu.officer")));

        out.append("Cells: one mark per path, in the order the table's heading gives: ✓ seen (or counted), · not seen "
                + "(not counted), – refused (the reader's roles do not allow the path), ✗ before a wrong mark. "
                + "Quarters: OFFICIAL 2008-09/Q1, OFFICIAL+UK_EYES_ONLY 2009-10/Q1, OFFICIAL_SENSITIVE 2010-11/Q1, "
                + "OFFICIAL_SENSITIVE+UK_EYES_ONLY 2011-12/Q1, SECRET 2012-13/Q1, SECRET+UK_EYES_ONLY 2013-14/Q1 "
                + "(a figure of a marking's quarter counts only that marking's records; OCGs: one crime type per marking). "
                + "The partner topic column: · no event names the record, ✗ one does.\n");
        table("rocu disruptions", disruptions, kinds.disruptions(), readers, topic);
        table("rocu OCGs", ocgs, kinds.ocgs(), readers, topic);
        table("ctu Pursue operations", pursue, kinds.ctu("/api/v1/pursue/operations", "PURSUE"), readers, topic);
        table("ctu Prevent cases", prevent, kinds.ctu("/api/v1/prevent/cases", "PREVENT"), readers, topic);
        table("cyber referrals", referrals, kinds.referrals(), readers, topic);
        backlogTable(readers, backlogRoles, backlogBefore, backlogAfter, disruptions);
        summary = "marking matrix: " + all.size() + " records (" + disruptions.size() + " disruptions, "
                + ocgs.size() + " OCGs, " + pursue.size() + " Pursue operations, " + prevent.size() + " Prevent cases, "
                + referrals.size() + " referrals) x " + readers.size() + " readers, " + checks.get() + " checks, "
                + ledger.violations("marking").size() + " violations";
        table = summary + "\n\n" + out;
        System.out.println(table);
    }

    /** One table: a row per record, a column per reader, a mark per path in each cell. */
    private void table(String title, List<Marked> records, List<PathDef> defs, Map<String, Reader> readers,
                       Map<Marked, String> topic) {
        out.append("\n### ").append(title).append(" (").append(String.join(" / ",
                defs.stream().map(PathDef::name).toList())).append(")\n\n| record |");
        readers.values().forEach(r -> out.append(' ').append(r.name()).append(" (").append(r.profile()).append(") |"));
        out.append(" partner topic |\n|---|");
        readers.values().forEach(r -> out.append("---|"));
        out.append("---|\n");
        for (Marked record : records) {
            out.append("| ").append(record.label()).append(" |");
            for (Reader reader : readers.values()) {
                List<String> marks = new ArrayList<>();
                for (PathDef path : defs) {
                    marks.add(check(title, path, reader, record, records));
                }
                out.append(' ').append(String.join(" ", marks)).append(" |");
            }
            out.append(' ').append(topic.getOrDefault(record, "·")).append(" |\n");
        }
    }

    /** One check: the reader's view of the record through the path, against the rule; a wrong one is a violation. */
    private String check(String title, PathDef path, Reader reader, Marked record, List<Marked> records) {
        checks.incrementAndGet();
        Obs obs = path.observer().observe(reader, record);
        if (!reader.mayUse(path)) {
            boolean ok = obs.refused();
            return ok ? "–" : wrong(title, path, reader, record, "must be refused (roles " + reader.roles() + ")", obs);
        }
        boolean expected = path.partnerRule() ? partnerMay(record) : reader.covers(record);
        long expectedCount = records.stream().filter(r -> r.bucket().equals(record.bucket()))
                .filter(r -> path.partnerRule() ? partnerMay(r) : reader.covers(r)).count();
        boolean seenOk = obs.seen() == (expected ? Seen.SEEN : Seen.NOT_SEEN);
        boolean countOk = obs.count() == null || (obs.count() < 0 ? expectedCount > 0 : obs.count() == expectedCount);
        String mark = obs.seen() == Seen.SEEN ? "✓" : "·";
        if (seenOk && countOk) {
            return mark;
        }
        return wrong(title, path, reader, record, (expected ? "should see it" : "must not see it")
                + (obs.count() == null ? "" : ", expected figure " + expectedCount), obs);
    }

    private String wrong(String title, PathDef path, Reader reader, Marked record, String rule, Obs obs) {
        String answer = obs.seen() == Seen.ERROR ? "status " + obs.status() + " " + obs.detail()
                : (obs.seen() == Seen.SEEN ? "seen" : "not seen") + (obs.count() == null ? "" : ", figure " + obs.count());
        ledger.violation("marking", title + " " + path.name(), reader.name() + " (" + reader.profile() + ") reads "
                + record.label() + " [" + record.marker() + "]: " + rule, answer, "");
        return "✗" + (obs.seen() == Seen.SEEN ? "✓" : obs.seen() == Seen.ERROR ? String.valueOf(obs.status()) : "·");
    }

    private static boolean partnerMay(Marked record) {
        return record.classification().equals("OFFICIAL") && record.caveats().isEmpty();
    }

    /** Moderation backlog (claimed, WMP and WAR) per reader allowed it; -1 when refused. */
    private Map<String, Long> backlogs(Map<String, Reader> readers, List<String> roles) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Reader reader : readers.values()) {
            var answer = attack.send("GET", stack.serviceUrl(RcsService.ROCU) + "/api/v1/moderation/backlog",
                    reader.token(), Map.of(), null);
            long claimed = -1;
            if (answer.status() == 200) {
                try {
                    claimed = 0;
                    for (JsonNode force : SchemaSamples.JSON.readTree(answer.body())) {
                        claimed += force.path("claimed").asLong();
                    }
                } catch (java.io.IOException e) {
                    claimed = -2;
                }
            } else if (reader.roles().stream().anyMatch(roles::contains) || !answer.isProblem()) {
                claimed = -2;
            }
            out.put(reader.name(), claimed);
        }
        return out;
    }

    /**
     * The moderation backlog counts claimed disruptions of every quarter, so its figure is compared before and after
     * the matrix's claims: the growth a reader sees is the number of new claims it is covered for.
     */
    private void backlogTable(Map<String, Reader> readers, List<String> roles, Map<String, Long> before,
                              Map<String, Long> after, List<Marked> disruptions) {
        out.append("\n### rocu moderation backlog (claimed disruptions added by the matrix: seen / expected)\n\n|");
        readers.values().forEach(r -> out.append(' ').append(r.name()).append(" |"));
        out.append("\n|");
        readers.values().forEach(r -> out.append("---|"));
        out.append("\n|");
        for (Reader reader : readers.values()) {
            checks.incrementAndGet();
            long was = before.get(reader.name());
            long now = after.get(reader.name());
            String cell;
            if (reader.roles().stream().noneMatch(roles::contains)) {
                cell = was == -1 && now == -1 ? "–" : "✗ answered";
            } else {
                long expected = disruptions.stream().filter(d -> reader.covers(d)).count();
                long grown = now - was;
                cell = was >= 0 && now >= 0 && grown == expected ? grown + " / " + expected
                        : "✗ " + (was < 0 || now < 0 ? "error" : grown) + " / " + expected;
            }
            if (cell.startsWith("✗")) {
                ledger.violation("marking", "rocu GET /api/v1/moderation/backlog", reader.name() + " ("
                        + reader.profile() + ") backlog growth after the matrix's claims", cell, "");
            }
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    /**
     * The gateway's view is built from the events: waits until the reader cleared for everything sees every
     * disruption approved, every highlight, and the CTU and Cyber figures of each marking's quarter.
     */
    private void awaitGateway(Reader all, List<Marked> disruptions, List<Marked> pursue, List<Marked> prevent,
                              List<Marked> referrals) {
        try {
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                for (Marking marking : MatrixRecords.MARKINGS) {
                    var answer = attack.send("GET", stack.serviceUrl(RcsService.GATEWAY) + MatrixKinds.governancePath(marking),
                            all.token(), Map.of(), null);
                    if (answer.status() != 200) {
                        return false;
                    }
                    JsonNode json = SchemaSamples.JSON.readTree(answer.body());
                    long approved = MatrixPaths.count(json.path("rocu").path("figures").path("approvedDisruptions")
                            .path("total").path("current"));
                    boolean highlights = disruptions.stream().filter(d -> d.marking().equals(marking))
                            .allMatch(d -> answer.body().contains(d.marker()));
                    JsonNode byFourP = json.path("ctu").path("figures").path("activity").path("byFourP");
                    boolean ctu = (pursue.isEmpty() || MatrixPaths.count(MatrixPaths.keyed(byFourP, "key", "PURSUE")
                            .path("current")) != 0) && (prevent.isEmpty() || MatrixPaths.count(MatrixPaths.keyed(
                            byFourP, "key", "PREVENT").path("current")) != 0);
                    List<JsonNode> cyber = new ArrayList<>();
                    json.path("cyber").path("figures").path("referralsByClass").forEach(t -> cyber.add(t.path("current")));
                    if (approved == 0 || !highlights || !ctu || (!referrals.isEmpty() && MatrixPaths.sum(cyber) == 0)) {
                        return false;
                    }
                }
                return true;
            });
        } catch (ConditionTimeoutException e) {
            ledger.violation("marking", "gateway GET /api/v1/governance/{fy}/{quarter}", "gov.viewer.secret waits for"
                    + " the matrix's records in the gateway's view", "not all applied within 3 minutes", "");
        }
    }

    /**
     * A public threat level change, set by a marker: the partner feed must publish it, so the topic check is seen to
     * read what the gateway publishes (a topic read as empty would prove nothing).
     */
    private String setThreatLevel(Reader officer) {
        String marker = MatrixRecords.marker();
        byte[] body = ("{\"scope\":\"NI_RELATED_IN_NORTHERN_IRELAND\",\"level\":\"SUBSTANTIAL\",\"effectiveFrom\":\"2008-05-01\","
                + "\"setBy\":\"" + marker + "\",\"rationale\":\"Security suite: an event the partner topic must carry.\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var answer = attack.send("POST", stack.serviceUrl(RcsService.CTU) + "/api/v1/threat-levels", officer.token(),
                Map.of("X-Justification", "Security suite: marking matrix"), body);
        if (answer.status() != 201) {
            ledger.violation("marking", "ctu POST /api/v1/threat-levels", officer.name() + " sets a threat level",
                    answer.summary(), answer.body());
        }
        return marker;
    }

    /** Every event of the partner topic: OFFICIAL without caveats, and naming no record a partner may not see. */
    private Map<Marked, String> partnerTopic(List<Marked> records, String published) {
        Map<Marked, String> cells = new LinkedHashMap<>();
        List<PartnerTopic.Event> events = new ArrayList<>();
        try {
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                events.clear();
                events.addAll(PartnerTopic.readAll(stack.kafkaBootstrapServers()));
                return events.stream().anyMatch(e -> e.text().contains(published));
            });
        } catch (ConditionTimeoutException e) {
            ledger.violation("marking", "gateway topic " + PartnerTopic.TOPIC, "the public threat level set by "
                    + published + " is published to partners", "not on the topic within 2 minutes", "");
        }
        for (PartnerTopic.Event event : events) {
            checks.incrementAndGet();
            boolean marked = "OFFICIAL".equals(event.classification())
                    && (event.caveats() == null || event.caveats().isBlank());
            if (!marked) {
                ledger.violation("marking", "gateway topic " + PartnerTopic.TOPIC, "event at offset " + event.offset()
                        + " must be OFFICIAL without caveats", "ce_classification=" + event.classification()
                        + " ce_caveats=" + event.caveats(), event.text());
            }
        }
        for (Marked record : records) {
            checks.incrementAndGet();
            boolean named = events.stream().anyMatch(e -> e.text().contains(record.marker())
                    || record.id() != null && e.text().contains(record.id()));
            if (named && !partnerMay(record)) {
                ledger.violation("marking", "gateway topic " + PartnerTopic.TOPIC, "an event names " + record.label()
                        + " [" + record.marker() + "]", "named", "");
                cells.put(record, "✗✓");
            } else {
                cells.put(record, named ? "✓" : "·");
            }
        }
        out.append("Partner topic `").append(PartnerTopic.TOPIC).append("`: ").append(events.size())
                .append(" events read (among them the public threat level the matrix set), each checked to be OFFICIAL"
                        + " without caveats and to name no matrix record a partner may not see.\n\n");
        return cells;
    }
}
