package uk.police.wm.rcs.ctu.protect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.RecordActivity;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.intake.Fingerprint;
import uk.police.wm.rcs.platform.intake.NaturalKey;
import uk.police.wm.rcs.platform.intake.NaturalKeyConflict;
import uk.police.wm.rcs.platform.intake.NewRecordType;
import uk.police.wm.rcs.ctu.events.ProtectEvents;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * Protect activities as a record type of the platform's intake flow: one per force, recording system's reference and
 * marking, with its recorded event; not a record about people, so no s.62 entry.
 */
@ApplicationScoped
public class NewProtectActivities implements NewRecordType<RecordActivity, ProtectActivity> {

    @Inject
    Clock clock;

    @Override
    public NaturalKey<ProtectActivity> naturalKey() {
        return NaturalKey.of(ProtectActivity.class, "force", "reference", "classification", "caveats");
    }

    @Override
    public ProtectActivity newRecord(RecordActivity checked, String fingerprint, Caller caller) {
        ProtectActivity a = new ProtectActivity();
        a.id = UUID.randomUUID();
        a.force = checked.force();
        a.reference = checked.reference();
        a.kind = checked.kind();
        a.siteType = checked.siteType();
        a.attendees = checked.attendees();
        a.deliveredOn = checked.deliveredOn();
        a.mark(SecurityMarking.of(checked.classification(), checked.caveats()));
        a.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        a.createdBy = caller.subject();
        return a;
    }

    @Override
    public OutboxEvent createdEvent(ProtectActivity a) {
        return new ProtectEvents.ActivityRecorded(a.id.toString(), a.force,
                FinancialQuarter.of(a.deliveredOn).toString(), a.kind, a.siteType, a.attendees, a.classification,
                a.marking().caveats());
    }

    @Override
    public AuditEntry collected(ProtectActivity a) {
        return null;
    }

    @Override
    public String fingerprint(ProtectActivity a) {
        return Fingerprint.of(new RecordActivity(a.force, a.reference, a.kind, a.siteType, a.attendees,
                a.deliveredOn, a.classification, a.marking().caveats()));
    }

    @Override
    public ProblemException conflict(ProtectActivity original, RecordActivity checked, Caller caller) {
        return NaturalKeyConflict.of("Activity " + original.reference, null);
    }
}
