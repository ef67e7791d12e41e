package uk.police.wm.rcs.ctu.threatlevel;

import uk.police.wm.rcs.ctu.events.ThreatLevel;
import uk.police.wm.rcs.ctu.events.ThreatScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Requests and responses of the threat level API. */
public final class ThreatLevelRequests {
    private ThreatLevelRequests() {
    }

    /** A new level for a scope, as announced. */
    public record SetThreatLevel(
            @NotNull ThreatScope scope,
            @NotNull ThreatLevel level,
            @NotNull LocalDate effectiveFrom,
            @NotBlank @Size(max = 40) String setBy,
            @NotBlank @Size(max = 2000) String rationale) {
    }

    /** One level as it stands in the history. */
    public record ThreatLevelView(
            String id, ThreatScope scope, ThreatLevel level, LocalDate effectiveFrom, String setBy, String rationale) {

        static ThreatLevelView of(ThreatLevelChange change) {
            return new ThreatLevelView(change.id.toString(), change.scope, change.level, change.effectiveFrom,
                    change.setBy, change.rationale);
        }
    }

    /** The level in force for each scope that had one on a date. */
    public record LevelsInForce(LocalDate on, List<ThreatLevelView> levels) {
    }
}
