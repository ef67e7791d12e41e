package uk.police.wm.rcs.rocu.moderation;

import java.util.UUID;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;
import uk.police.wm.rcs.rocu.moderation.ModerationRequests.DecideDisruption;

/** Finds the disruption a decision names: by its id, or by the force's own record id (its natural key). */
final class DisruptionNames {

    private DisruptionNames() {
    }

    /** The id of the disruption named; 400 when named neither or both ways, 404 when there is none. */
    static UUID idOf(DecideDisruption request) {
        boolean byId = request.disruptionId() != null;
        boolean bySource = request.force() != null || request.sourceRecordId() != null;
        if (byId == bySource || (bySource && (request.force() == null || request.sourceRecordId() == null))) {
            throw Problems.badRequest("Name the disruption by disruptionId, or by force and sourceRecordId.");
        }
        if (byId) {
            try {
                return UUID.fromString(request.disruptionId());
            } catch (IllegalArgumentException e) {
                throw Problems.notFound(DisruptionService.NOT_FOUND);
            }
        }
        return Disruption.<Disruption>find("force = ?1 and sourceRecordId = ?2", request.force(),
                        request.sourceRecordId().strip()).firstResultOptional()
                .map(d -> d.id).orElseThrow(() -> Problems.notFound(DisruptionService.NOT_FOUND));
    }
}
