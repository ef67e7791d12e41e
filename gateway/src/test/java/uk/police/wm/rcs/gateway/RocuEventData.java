package uk.police.wm.rcs.gateway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/** rocu-service's disruption events as it publishes them, for the gateway's tests. */
public final class RocuEventData {

    public static final String SOURCE = "/west-midlands/rocu-service";
    public static final String CLAIMED = "uk.police.wm.rocu.disruption.claimed.v1";
    public static final String MODERATED = "uk.police.wm.rocu.disruption.moderated.v1";
    public static final String HIGHLIGHT = "uk.police.wm.rocu.disruption.highlight-published.v1";

    private RocuEventData() {
    }

    /** The data of {@value #CLAIMED}, marked {@code classification} without caveats. */
    public static Map<String, Object> claim(String id, int version, String quarter, String crimeType, String impact,
            String force, String classification) {
        return claim(id, version, quarter, crimeType, impact, force, SecurityMarking.of(
                Classification.valueOf(classification)));
    }

    /** The data of {@value #CLAIMED} with its marking (classification and caveats), as the outbox merges it. */
    public static Map<String, Object> claim(String id, int version, String quarter, String crimeType, String impact,
            String force, SecurityMarking marking) {
        Map<String, Object> data = new HashMap<>();
        data.put("disruptionId", id);
        data.put("version", version);
        data.put("force", force);
        data.put("sourceRecordId", "src-" + id);
        data.put("targetType", "NONE");
        data.put("ocgReference", null);
        data.put("leadAgency", "ROCU");
        data.put("crimeType", crimeType);
        data.put("claimedImpact", impact);
        data.put("category", "PURSUE");
        data.put("activityLevel", "REGIONAL");
        data.put("disruptedOn", "2030-05-01");
        data.put("quarter", quarter);
        data.put("highlight", false);
        data.put("classification", marking.classification().name());
        data.put("caveats", List.copyOf(marking.caveats()));
        data.put("status", "CLAIMED");
        return data;
    }

    /** The data of {@value #MODERATED}, with the disruption's marking as the outbox merges it. */
    public static Map<String, Object> moderation(String id, int version, String quarter, String decision,
            String status, String claimed, String moderated, SecurityMarking marking) {
        Map<String, Object> data = new HashMap<>();
        data.put("disruptionId", id);
        data.put("panelId", UUID.randomUUID().toString());
        data.put("force", "WMP");
        data.put("crimeType", "DRUGS");
        data.put("quarter", quarter);
        data.put("decision", decision);
        data.put("previousStatus", "CLAIMED");
        data.put("status", status);
        data.put("claimedImpact", claimed);
        data.put("moderatedImpact", moderated);
        data.put("version", version);
        data.put("classification", marking.classification().name());
        data.put("caveats", List.copyOf(marking.caveats()));
        return data;
    }

    /** Claims and approves one disruption at its claimed impact, both events on one key; returns its id. */
    public static String approved(TestEvents events, String key, String quarter, String crimeType, String impact,
            String force, String classification) {
        return approved(events, key, quarter, crimeType, impact, force,
                SecurityMarking.of(Classification.valueOf(classification)));
    }

    /** As {@link #approved(TestEvents, String, String, String, String, String, String)}, with caveats. */
    public static String approved(TestEvents events, String key, String quarter, String crimeType, String impact,
            String force, SecurityMarking marking) {
        String id = UUID.randomUUID().toString();
        events.send("rocu.events", key, TestEvents.marked(SOURCE, CLAIMED, id,
                claim(id, 1, quarter, crimeType, impact, force, marking)));
        events.send("rocu.events", key, TestEvents.marked(SOURCE, MODERATED, id,
                moderation(id, 2, quarter, "APPROVE", "APPROVED", impact, impact, marking)));
        return id;
    }

    /** The data of {@value #HIGHLIGHT} (never naming a person, as rocu-service publishes it). */
    public static Map<String, Object> highlight(String id, String quarter, String force, String crimeType,
            String narrative, String classification, List<String> caveats) {
        Map<String, Object> data = new HashMap<>();
        data.put("disruptionId", id);
        data.put("quarter", quarter);
        data.put("force", force);
        data.put("crimeType", crimeType);
        data.put("leadAgency", "ROCU");
        data.put("fourP", "PURSUE");
        data.put("moderatedImpact", "MAJOR");
        data.put("narrative", narrative);
        data.put("classification", classification);
        data.put("caveats", caveats);
        data.put("namesPerson", false);
        return data;
    }
}
