package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.police.wm.rcs.security.Attack.Answer;
import uk.police.wm.rcs.stack.KeycloakTokens;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * Records at each classification x caveat, read by each reader profile through get and list: visible exactly when
 * the reader's clearance covers the classification, it holds every caveat, and (a force system) it is its own force's.
 * Today: rocu disruptions and ctu Pursue operations (the gateway's views, the board pack, the partner API and topic are
 * a TODO in the README).
 */
final class MarkingMatrix {

    static final List<String> CLASSIFICATIONS = List.of("OFFICIAL", "OFFICIAL_SENSITIVE", "SECRET");
    static final List<List<String>> CAVEATS = List.of(List.of(), List.of("UK_EYES_ONLY"));

    /** The printed matrix (Markdown), for the report and the README. */
    static String table;

    /** Synthetic users the realm lacks for the matrix, created through the admin API of the test stack's Keycloak. */
    static void createUsers(SuiteTokens tokens) {
        tokens.createUser("sec.ctu.secret", List.of("ctu-officer"), "SECRET", List.of());
        tokens.createUser("sec.rocu.secret", List.of("rocu-analyst"), "SECRET", List.of("UK_EYES_ONLY"));
        tokens.createUser("sec.rocu.secret.nocaveat", List.of("rocu-analyst"), "SECRET", List.of());
    }

    /** A record made for the matrix. */
    record Marked(String domain, String classification, List<String> caveats, String force, String id) {
        String label() {
            return domain + " " + classification + (caveats.isEmpty() ? "" : "+" + String.join("+", caveats))
                    + (force == null ? "" : " (" + force + ")");
        }
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

        boolean mayRead(Marked record) {
            boolean covered = CLASSIFICATIONS.indexOf(clearance) >= CLASSIFICATIONS.indexOf(record.classification());
            boolean forceOk = force == null || record.force() == null || force.equals(record.force());
            return covered && caveats.containsAll(record.caveats()) && forceOk;
        }
    }

    private final LocalStack stack;
    private final SuiteTokens tokens;
    private final Attack attack;
    private final Ledger ledger;
    private final StringBuilder out = new StringBuilder();

    MarkingMatrix(LocalStack stack, SuiteTokens tokens, Attack attack, Ledger ledger) {
        this.stack = stack;
        this.tokens = tokens;
        this.attack = attack;
        this.ledger = ledger;
    }

    void run() {
        Map<String, Reader> readers = new LinkedHashMap<>();
        for (String client : List.of("force-wmp", "force-war", "region-partner-em")) {
            readers.put(client, Reader.of(client, tokens.realm().clientToken(client)));
        }
        for (String user : List.of("rocu.analyst", "rocu.moderator", "sec.rocu.secret.nocaveat", "sec.rocu.secret",
                "ctu.officer.os", "sec.ctu.secret", "ctu.officer", "cyber.officer", "admin", "auditor", "gov.viewer",
                "gov.viewer.secret")) {
            readers.put(user, Reader.of(user, tokens.realm().userToken(user)));
        }
        List<Marked> disruptions = claimDisruptions(readers);
        read("rocu disruptions", RcsService.ROCU, "/api/v1/disruptions", List.of("force-recorder", "rocu-analyst", "moderator"),
                disruptions, readers);
        List<Marked> operations = recordPursueOperations(readers.get("ctu.officer"));
        read("ctu Pursue operations", RcsService.CTU, "/api/v1/pursue/operations", List.of("ctu-officer"), operations, readers);
        table = out.toString();
        System.out.println(table);
    }

    /** WMP's and WAR's force systems claim one disruption per marking; a marking a force does not hold must be refused. */
    private List<Marked> claimDisruptions(Map<String, Reader> readers) {
        List<Marked> made = new ArrayList<>();
        for (String client : List.of("force-wmp", "force-war")) {
            Reader force = readers.get(client);
            for (String classification : CLASSIFICATIONS) {
                for (List<String> caveats : CAVEATS) {
                    ObjectNode body = SchemaSamples.JSON.createObjectNode();
                    body.put("sourceRecordId", "SEC-MARK-" + UUID.randomUUID());
                    body.put("targetType", "NONE").put("leadAgency", "FORCE")
                            .put("crimeType", "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING").put("claimedImpact", "MAJOR")
                            .put("category", "PROTECT").put("activityLevel", "LOCAL").put("disruptedOn", "2024-05-10")
                            .put("narrative", "Synthetic marking matrix disruption.").put("classification", classification);
                    caveats.forEach(body.putArray("caveats")::add);
                    Marked wanted = new Marked("disruption", classification, caveats, force.force(), null);
                    Answer answer = attack.send("POST", stack.serviceUrl(RcsService.ROCU) + "/api/v1/disruptions",
                            force.token(), Map.of(), body.toString().getBytes(StandardCharsets.UTF_8));
                    boolean holds = force.mayRead(wanted);
                    if (answer.status() == 201) {
                        made.add(new Marked("disruption", classification, caveats, force.force(), SecuritySuiteTest.idOf(answer.body())));
                        if (!holds) {
                            ledger.violation("marking", "rocu POST /api/v1/disruptions", client + " (" + force.clearance()
                                    + ", caveats " + force.caveats() + ") marks a record " + wanted.label(),
                                    "201: accepted a marking the caller does not hold", answer.body());
                        }
                    } else if (holds || answer.status() >= 500 || !answer.isProblem()) {
                        ledger.violation("marking", "rocu POST /api/v1/disruptions", client + " claims " + wanted.label(),
                                answer.summary(), answer.body());
                    }
                }
            }
        }
        return made;
    }

    /** A SECRET officer holding UK_EYES_ONLY records one Pursue operation per marking. */
    private List<Marked> recordPursueOperations(Reader officer) {
        List<Marked> made = new ArrayList<>();
        for (String classification : CLASSIFICATIONS) {
            for (List<String> caveats : CAVEATS) {
                ObjectNode body = SchemaSamples.JSON.createObjectNode();
                body.put("operationName", "Security suite " + classification + " " + caveats + " " + UUID.randomUUID())
                        .put("motivation", "ISLAMIST").put("status", "ACTIVE")
                        .put("stage", "EARLY").put("openedOn", "2018-05-10").put("subjectsOfInterest", 2)
                        .put("classification", classification);
                caveats.forEach(body.putArray("caveats")::add);
                Answer answer = attack.send("POST", stack.serviceUrl(RcsService.CTU) + "/api/v1/pursue/operations",
                        officer.token(), Map.of(), body.toString().getBytes(StandardCharsets.UTF_8));
                if (answer.status() != 201) {
                    ledger.violation("marking", "ctu POST /api/v1/pursue/operations", "ctu.officer records "
                            + classification + " " + caveats, answer.summary(), answer.body());
                    continue;
                }
                made.add(new Marked("pursue", classification, caveats, null, SecuritySuiteTest.idOf(answer.body())));
            }
        }
        return made;
    }

    /** Reads every record as every reader through get and list; prints one row per record. */
    private void read(String title, RcsService service, String listPath, List<String> roles, List<Marked> records,
                      Map<String, Reader> readers) {
        String base = stack.serviceUrl(service);
        out.append("\n### ").append(title).append(" (get / list; ✓ seen, · not seen, 403/404 refused, ✗ wrong)\n\n| record |");
        readers.values().forEach(r -> out.append(' ').append(r.name()).append(" |"));
        out.append("\n|---|");
        readers.values().forEach(r -> out.append("---|"));
        out.append('\n');
        Map<String, List<String>> listed = new LinkedHashMap<>();
        for (Reader reader : readers.values()) {
            listed.put(reader.name(), listIds(base + listPath, reader));
        }
        for (Marked record : records) {
            out.append("| ").append(record.label()).append(" |");
            for (Reader reader : readers.values()) {
                boolean hasRole = reader.roles().stream().anyMatch(roles::contains);
                boolean expected = hasRole && reader.mayRead(record);
                Answer get = attack.send("GET", base + listPath + "/" + record.id(), reader.token(),
                        Map.of("X-Justification", "Security suite: marking matrix"), null);
                boolean seenByGet = get.status() == 200;
                boolean getOk = expected ? seenByGet
                        : (get.status() == 404 || get.status() == 403) && get.isProblem();
                List<String> ids = listed.get(reader.name());
                boolean seenInList = ids != null && ids.contains(record.id());
                boolean listOk = expected == seenInList;
                if (!getOk) {
                    ledger.violation("marking", service.key() + " GET " + listPath + "/{id}", reader.name() + " reads "
                            + record.label() + (expected ? " (should see it)" : " (must not see it)"), get.summary(), get.body());
                }
                if (!listOk) {
                    ledger.violation("marking", service.key() + " GET " + listPath, reader.name() + " lists "
                            + record.label() + (expected ? " (should see it)" : " (must not see it)"),
                            seenInList ? "listed" : "not listed", "");
                }
                String cell = (seenByGet ? "✓" : String.valueOf(get.status())) + " / "
                        + (ids == null ? "refused" : seenInList ? "✓" : "·");
                out.append(' ').append(getOk && listOk ? cell : "✗ " + cell).append(" |");
            }
            out.append('\n');
        }
    }

    /** Every id the reader's list shows (following cursors), or null when the list is refused. */
    private List<String> listIds(String url, Reader reader) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 50; page++) {
            Answer answer = attack.send("GET", url + "?limit=500" + (cursor == null ? "" : "&cursor=" + cursor),
                    reader.token(), Map.of("X-Justification", "Security suite: marking matrix"), null);
            if (answer.status() != 200) {
                return null;
            }
            try {
                JsonNode json = SchemaSamples.JSON.readTree(answer.body());
                json.path("items").forEach(item -> ids.add(item.path("id").asText()));
                cursor = json.path("nextCursor").isTextual() ? json.path("nextCursor").asText() : null;
            } catch (java.io.IOException e) {
                return null;
            }
            if (cursor == null) {
                break;
            }
        }
        return ids;
    }
}
