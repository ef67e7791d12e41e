package uk.police.wm.rcs.rocu.ocg;

import uk.police.wm.rcs.rocu.events.OcgStatus;
import uk.police.wm.rcs.rocu.events.OcgEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgDetails;

/** Keeps the OCG register: mapping, updates, archiving, each with its event and audit entry. */
@ApplicationScoped
public class OcgService {

    public static final String NOT_FOUND = "No such OCG.";
    static final String RECORD_TYPE = "ocg";

    /** Classification of an OCG whose details name none. */
    public static final Classification DEFAULT_CLASSIFICATION = Classification.OFFICIAL_SENSITIVE;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    /** Maps a new group; a reference already in the register is a conflict. */
    @Transactional
    public Ocg map(OcgDetails details, Caller caller) {
        if (Ocg.count("reference", details.reference().strip()) > 0) {
            throw Problems.conflict("OCG reference " + details.reference() + " is already in the register.");
        }
        Ocg o = new Ocg();
        o.id = UUID.randomUUID();
        o.shareableReference = OcgReferences.newShareableReference();
        apply(details, o, caller);
        o.status = OcgStatus.ACTIVE;
        o.createdAt = Instant.now(clock);
        o.createdBy = caller.subject();
        o.updatedAt = o.createdAt;
        o.persist();
        auditLog.record(AuditOperation.COLLECTION, RECORD_TYPE, List.of(o.id.toString()));
        outbox.append(mapped(o));
        return o;
    }

    /** Replaces a group's details ({@code If-Match} the current version); an archived group cannot change. */
    @Transactional
    public Ocg update(UUID id, OcgDetails details, String ifMatch, Caller caller) {
        Ocg o = visible(id, caller);
        ETags.requireMatch(ifMatch, o.version);
        if (o.status == OcgStatus.ARCHIVED) {
            throw Problems.conflict("An archived OCG cannot be changed.");
        }
        if (!o.reference.equals(details.reference().strip())) {
            throw Problems.unprocessable("The reference identifies the OCG and cannot change.");
        }
        apply(details, o, caller);
        o.updatedAt = Instant.now(clock);
        Ocg.getEntityManager().flush();
        auditLog.record(AuditOperation.ALTERATION, RECORD_TYPE, List.of(o.id.toString()));
        outbox.append(changed(o));
        return o;
    }

    /** Archives a group ({@code If-Match} the current version); it stops counting as active. */
    @Transactional
    public Ocg archive(UUID id, String ifMatch, Caller caller) {
        Ocg o = visible(id, caller);
        ETags.requireMatch(ifMatch, o.version);
        if (o.status == OcgStatus.ARCHIVED) {
            throw Problems.conflict("The OCG is already archived.");
        }
        o.status = OcgStatus.ARCHIVED;
        o.updatedAt = Instant.now(clock);
        Ocg.getEntityManager().flush();
        auditLog.record(AuditOperation.ALTERATION, RECORD_TYPE, List.of(o.id.toString()));
        outbox.append(archived(o));
        return o;
    }

    public Ocg visible(UUID id, Caller caller) {
        Ocg o = Ocg.<Ocg>findByIdOptional(id).orElseThrow(() -> Problems.notFound(NOT_FOUND));
        Visibility.requireVisible(caller, o.marking(), NOT_FOUND);
        return o;
    }

    private void apply(OcgDetails d, Ocg o, Caller caller) {
        if (ThreatBand.findById(d.threatBand()) == null) {
            throw Problems.unprocessable("unknown-threat-band", "Unknown threat band",
                    "Threat band " + d.threatBand() + " is not configured; see GET /api/v1/threat-bands.");
        }
        Classification classification = d.classification() == null ? DEFAULT_CLASSIFICATION : d.classification();
        // the write rule, before anything is written: nobody marks a group they could not read back
        SecurityMarking marking = Visibility.requireMayMark(caller, SecurityMarking.of(classification,
                d.caveats() == null ? Set.of() : d.caveats().stream().map(String::strip).toList()), "classification");
        o.reference = d.reference().strip();
        o.name = d.name().strip();
        o.owningForce = d.owningForce();
        o.leadResponsibleOfficer = d.leadResponsibleOfficer().strip();
        o.predominantCrimeType = d.predominantCrimeType();
        o.secondaryCrimeTypes = d.secondaryCrimeTypes() == null ? "" : d.secondaryCrimeTypes().stream()
                .filter(t -> t != d.predominantCrimeType()).map(Enum::name).sorted().collect(Collectors.joining(","));
        o.activityLevel = d.activityLevel();
        o.threatBand = d.threatBand();
        o.mark(marking);
    }

    private static OcgEvents.OcgMapped mapped(Ocg o) {
        return new OcgEvents.OcgMapped(o.id.toString(), o.reference, o.owningForce, o.predominantCrimeType,
                OcgRequests.crimeTypes(o.secondaryCrimeTypes), o.activityLevel, o.threatBand, o.status,
                o.classification, o.marking().caveats(), o.version);
    }

    private static OcgEvents.OcgChanged changed(Ocg o) {
        return new OcgEvents.OcgChanged(o.id.toString(), o.reference, o.owningForce, o.predominantCrimeType,
                OcgRequests.crimeTypes(o.secondaryCrimeTypes), o.activityLevel, o.threatBand, o.status,
                o.classification, o.marking().caveats(), o.version);
    }

    private static OcgEvents.OcgArchived archived(Ocg o) {
        return new OcgEvents.OcgArchived(o.id.toString(), o.reference, o.owningForce, o.predominantCrimeType,
                o.classification, o.marking().caveats(), o.version);
    }
}
