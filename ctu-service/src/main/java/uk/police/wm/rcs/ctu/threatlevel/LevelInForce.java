package uk.police.wm.rcs.ctu.threatlevel;

import uk.police.wm.rcs.ctu.events.ThreatLevel;
import uk.police.wm.rcs.ctu.events.ThreatScope;
import java.time.LocalDate;
import java.util.List;

/** The level in force for one scope on a CTU record's date, shown beside the record. */
public record LevelInForce(ThreatScope scope, ThreatLevel level, LocalDate since) {

    static List<LevelInForce> of(List<ThreatLevelChange> changes) {
        return changes.stream().map(c -> new LevelInForce(c.scope, c.level, c.effectiveFrom)).toList();
    }
}
