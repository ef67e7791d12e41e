package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.police.wm.rcs.security.Attack.Answer;
import uk.police.wm.rcs.security.MarkingMatrix.Reader;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * The records of the marking matrix, one per kind and marking (disruptions one per force and marking), each with a
 * unique marker to search a reader's results for. Every marking has its own financial quarter (2008-09/Q1 onwards,
 * quarters nothing else in the suite writes to), so a quarter's figure counts the records of one marking only and a
 * reader's figure for it is known exactly: the records of that quarter it is covered for.
 */
final class MatrixRecords {

    static final List<String> CLASSIFICATIONS = List.of("OFFICIAL", "OFFICIAL_SENSITIVE", "SECRET");
    static final List<List<String>> CAVEATS = List.of(List.of(), List.of("UK_EYES_ONLY"));
    /** OCGs are not quarterly: each marking has its own crime type instead (never DRUGS, the samples' first value). */
    static final List<String> OCG_CRIME_TYPES = List.of("FIREARMS", "VIOLENT_CRIME", "CYBERCRIME",
            "FRAUD_AND_ECONOMIC_CRIME", "MONEY_LAUNDERING", "ORGANISED_ACQUISITIVE_CRIME");

    /** A marking of the matrix and the quarter its records fall in. */
    record Marking(int index, String classification, List<String> caveats) {
        LocalDate day() {
            return LocalDate.of(2008 + index, 5, 10);
        }

        String fy() {
            return String.format("%d-%02d", 2008 + index, (9 + index) % 100);
        }

        String quarter() {
            return fy() + "/Q1";
        }

        String label() {
            return classification + (caveats.isEmpty() ? "" : "+" + String.join("+", caveats));
        }
    }

    static final List<Marking> MARKINGS = markings();

    /** A record made for the matrix; {@code bucket} is what its figures group by (crime type for OCGs). */
    record Marked(String kind, Marking marking, String force, String id, String marker, String bucket) {
        String label() {
            return kind + " " + marking.label() + (force == null ? "" : " (" + force + ")");
        }

        String classification() {
            return marking.classification();
        }

        List<String> caveats() {
            return marking.caveats();
        }
    }

    private final LocalStack stack;
    private final Attack attack;
    private final Ledger ledger;

    MatrixRecords(LocalStack stack, Attack attack, Ledger ledger) {
        this.stack = stack;
        this.attack = attack;
        this.ledger = ledger;
    }

    private static List<Marking> markings() {
        List<Marking> out = new ArrayList<>();
        for (String classification : CLASSIFICATIONS) {
            for (List<String> caveats : CAVEATS) {
                out.add(new Marking(out.size(), classification, caveats));
            }
        }
        return List.copyOf(out);
    }

    static String marker() {
        return "SECMARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /**
     * Each force system claims one disruption per marking; those it does not hold must be refused (a violation
     * otherwise). {@code secretWriter}, a force system cleared SECRET holding the caveat, then claims the markings no
     * other force system could, so every marking has a disruption. Every claim is a highlight with its marker in
     * the narrative, so the governance view and the board pack can be searched for it.
     */
    List<Marked> claimDisruptions(List<Reader> forces, Reader secretWriter) {
        List<Marked> made = new ArrayList<>();
        for (Reader force : forces) {
            for (Marking marking : MARKINGS) {
                claim(force, marking, made, true);
            }
        }
        for (Marking marking : MARKINGS) {
            if (made.stream().noneMatch(m -> m.marking().equals(marking))) {
                claim(secretWriter, marking, made, false);
            }
        }
        return made;
    }

    private void claim(Reader force, Marking marking, List<Marked> made, boolean refusalExpectedWhenNotHeld) {
        String marker = marker();
        ObjectNode body = SchemaSamples.JSON.createObjectNode();
        body.put("sourceRecordId", marker);
        body.put("targetType", "NONE").put("leadAgency", "FORCE")
                .put("crimeType", "MODERN_SLAVERY_AND_HUMAN_TRAFFICKING").put("claimedImpact", "MAJOR")
                .put("category", "PROTECT").put("activityLevel", "LOCAL").put("disruptedOn", marking.day().toString())
                .put("narrative", "Synthetic marking matrix disruption " + marker + ".").put("highlight", true)
                .put("classification", marking.classification());
        marking.caveats().forEach(body.putArray("caveats")::add);
        Marked wanted = new Marked("disruption", marking, force.force(), null, marker, marking.quarter());
        Answer answer = post(RcsService.ROCU, "/api/v1/disruptions", force, body);
        boolean holds = force.covers(wanted);
        if (answer.status() == 201) {
            made.add(new Marked("disruption", marking, force.force(), SecuritySuiteTest.idOf(answer.body()), marker,
                    marking.quarter()));
            if (!holds) {
                ledger.violation("marking", "rocu POST /api/v1/disruptions", force.name() + " (" + force.clearance()
                        + ", caveats " + force.caveats() + ") marks a record " + wanted.label(),
                        "201: accepted a marking the caller does not hold", answer.body());
            }
        } else if (holds || !refusalExpectedWhenNotHeld || answer.status() >= 500 || !answer.isProblem()) {
            ledger.violation("marking", "rocu POST /api/v1/disruptions", force.name() + " claims " + wanted.label(),
                    answer.summary(), answer.body());
        }
    }

    /** A moderator cleared for every marking holds a panel and approves every matrix disruption. */
    void approve(Reader moderator, List<Marked> disruptions) {
        ObjectNode panel = SchemaSamples.JSON.createObjectNode();
        panel.put("heldOn", "2014-06-05").put("chair", "Security suite marking matrix panel (synthetic)");
        panel.putArray("attendingForces").add("WMP").add("WAR");
        Answer held = post(RcsService.ROCU, "/api/v1/moderation/panels", moderator, panel);
        if (held.status() / 100 != 2) {
            ledger.violation("marking", "rocu POST /api/v1/moderation/panels", moderator.name() + " holds a panel",
                    held.summary(), held.body());
            return;
        }
        String panelId = SecuritySuiteTest.idOf(held.body());
        for (Marked disruption : disruptions) {
            ObjectNode decision = SchemaSamples.JSON.createObjectNode();
            decision.put("disruptionId", disruption.id()).put("decision", "APPROVE");
            Answer answer = post(RcsService.ROCU, "/api/v1/moderation/panels/" + panelId + "/decisions", moderator,
                    decision);
            if (answer.status() / 100 != 2) {
                ledger.violation("marking", "rocu POST /api/v1/moderation/panels/{id}/decisions", moderator.name()
                        + " approves " + disruption.label(), answer.summary(), answer.body());
            }
        }
    }

    List<Marked> registerOcgs(Reader analyst) {
        return each("ocg", RcsService.ROCU, "/api/v1/ocgs", analyst, (marking, marker, body) -> body
                .put("reference", marker).put("name", "Security suite OCG " + marker).put("owningForce", "WMP")
                .put("leadResponsibleOfficer", "DI Synthetic").put("activityLevel", "LOCAL").put("threatBand", "1C")
                .put("predominantCrimeType", OCG_CRIME_TYPES.get(marking.index())),
                marking -> OCG_CRIME_TYPES.get(marking.index()), null);
    }

    List<Marked> recordPursueOperations(Reader officer) {
        return each("pursue", RcsService.CTU, "/api/v1/pursue/operations", officer, (marking, marker, body) -> body
                .put("operationName", "Security suite " + marker).put("motivation", "ISLAMIST").put("status", "ACTIVE")
                .put("stage", "EARLY").put("openedOn", marking.day().toString()).put("subjectsOfInterest", 2),
                Marking::quarter, null);
    }

    List<Marked> referPreventCases(Reader officer) {
        return each("prevent", RcsService.CTU, "/api/v1/prevent/cases", officer, (marking, marker, body) -> {
            body.put("reference", marker).put("referralSource", "EDUCATION").put("motivation", "ISLAMIST")
                    .put("referredOn", marking.day().toString()).putObject("progress").put("stage", "REFERRAL");
            return body;
        }, Marking::quarter, null);
    }

    List<Marked> receiveReferrals(Reader officer) {
        return each("referral", RcsService.CYBER, "/api/v1/referrals", officer, (marking, marker, body) -> body
                .put("actionFraudReference", marker).put("source", "ACTION_FRAUD").put("force", "WMP")
                .put("crimeClass", "CYBER_DEPENDENT").put("victimType", "INDIVIDUAL").put("vulnerableVictim", false)
                .put("reportedLoss", 100.00).put("receivedAt", marking.day() + "T10:00:00Z"),
                Marking::quarter, "WMP");
    }

    private interface Body {
        ObjectNode fill(Marking marking, String marker, ObjectNode body);
    }

    private List<Marked> each(String kind, RcsService service, String path, Reader writer, Body body,
                              java.util.function.Function<Marking, String> bucket, String force) {
        List<Marked> made = new ArrayList<>();
        for (Marking marking : MARKINGS) {
            String marker = marker();
            ObjectNode json = body.fill(marking, marker, SchemaSamples.JSON.createObjectNode());
            json.put("classification", marking.classification());
            marking.caveats().forEach(json.putArray("caveats")::add);
            Answer answer = post(service, path, writer, json);
            if (answer.status() != 201) {
                ledger.violation("marking", service.key() + " POST " + path, writer.name() + " records " + kind + " "
                        + marking.label(), answer.summary(), answer.body());
                continue;
            }
            made.add(new Marked(kind, marking, force, SecuritySuiteTest.idOf(answer.body()), marker, bucket.apply(marking)));
        }
        return made;
    }

    private Answer post(RcsService service, String path, Reader writer, JsonNode body) {
        return attack.send("POST", stack.serviceUrl(service) + path, writer.token(),
                Map.of("X-Justification", "Security suite: marking matrix"), body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
