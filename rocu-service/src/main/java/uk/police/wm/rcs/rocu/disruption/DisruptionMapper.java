package uk.police.wm.rcs.rocu.disruption;

import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.DisruptionClaimedEvent;
import uk.police.wm.rcs.rocu.events.DisruptionAmendedEvent;
import java.util.Set;
import java.util.TreeSet;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;

/**
 * Normalises claims (the platform's {@code Fingerprint} of a normalised claim is its content for the natural-key rule)
 * and maps entities to events.
 */
public final class DisruptionMapper {

    /** Classification of a disruption whose claim names none. */
    public static final Classification DEFAULT_CLASSIFICATION = Classification.OFFICIAL_SENSITIVE;

    private DisruptionMapper() {
    }

    /** The claim with the caller's force and every default filled in, text trimmed and caveats sorted. */
    public static ClaimDisruption normalise(ClaimDisruption c, Force force) {
        Set<String> caveats = new TreeSet<>();
        if (c.caveats() != null) {
            c.caveats().forEach(cv -> caveats.add(cv.strip()));
        }
        return new ClaimDisruption(c.sourceRecordId().strip(), force, c.targetType(), blankToNull(c.ocgReference()),
                blankToNull(c.priorityIndividualRef()), c.leadAgency(), c.crimeType(), c.claimedImpact(),
                c.category(), c.activityLevel(), c.disruptedOn(), c.narrative().strip(),
                Boolean.TRUE.equals(c.highlight()),
                c.classification() == null ? DEFAULT_CLASSIFICATION : c.classification(), caveats);
    }

    /** Copies a normalised claim's content onto the entity (new or amended). */
    public static void apply(ClaimDisruption n, String fingerprint, Disruption d) {
        d.force = n.force();
        d.sourceRecordId = n.sourceRecordId();
        d.contentHash = fingerprint;
        d.targetType = n.targetType();
        d.ocgReference = n.ocgReference();
        d.priorityIndividualRef = n.priorityIndividualRef();
        d.leadAgency = n.leadAgency();
        d.crimeType = n.crimeType();
        d.claimedImpact = n.claimedImpact();
        d.category = n.category();
        d.activityLevel = n.activityLevel();
        d.disruptedOn = n.disruptedOn();
        d.narrative = n.narrative();
        d.highlight = n.highlight();
        d.mark(marking(n));
    }

    /** The marking a normalised claim gives its record. */
    public static SecurityMarking marking(ClaimDisruption n) {
        return SecurityMarking.of(n.classification(), n.caveats());
    }

    public static DisruptionClaimedEvent claimed(Disruption d) {
        return new DisruptionClaimedEvent(d.id.toString(), d.force, d.sourceRecordId, d.targetType, d.ocgReference,
                d.leadAgency, d.crimeType, d.claimedImpact, d.category, d.activityLevel, d.disruptedOn,
                FinancialQuarter.of(d.disruptedOn).toString(), d.highlight, d.classification, d.marking().caveats(),
                d.status, d.version);
    }

    public static DisruptionAmendedEvent amended(Disruption d, DisruptionStatus previous, long version) {
        return new DisruptionAmendedEvent(d.id.toString(), d.force, d.sourceRecordId, d.targetType, d.ocgReference,
                d.leadAgency, d.crimeType, d.claimedImpact, d.category, d.activityLevel, d.disruptedOn,
                FinancialQuarter.of(d.disruptedOn).toString(), d.highlight, d.classification, d.marking().caveats(),
                previous, d.status, version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
