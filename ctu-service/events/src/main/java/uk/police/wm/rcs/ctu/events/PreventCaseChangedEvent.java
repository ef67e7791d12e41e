package uk.police.wm.rcs.ctu.events;

import java.util.Set;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.ctu.events.PreventEnums.Outcome;
import uk.police.wm.rcs.ctu.events.PreventEnums.ReferralSource;
import uk.police.wm.rcs.ctu.events.PreventEnums.Stage;

/**
 * Event {@value #TYPE}: a Prevent case was referred or progressed. Cases concern people, so the event carries
 * categories and the quarter only: no reference, notes, dates, board or partner. Appended with the case's marking,
 * which the outbox puts into the data and the headers. The version is boxed: events published before it was sent
 * lack it (a reader takes that as 1).
 */
@OutboxEvent.Type(value = PreventCaseChangedEvent.TYPE, aggregate = PreventCaseChangedEvent.AGGREGATE)
public record PreventCaseChangedEvent(@OutboxEvent.Key String id, String quarter, ReferralSource referralSource,
        Motivation motivation, Stage stage, Outcome outcome, boolean safeguarding, boolean childProtection,
        Long version, Classification classification, Set<String> caveats) implements OutboxEvent.Marked {

    public static final String TYPE = "uk.police.wm.ctu.prevent-case.changed.v1";
    public static final String AGGREGATE = "prevent-case";
}
