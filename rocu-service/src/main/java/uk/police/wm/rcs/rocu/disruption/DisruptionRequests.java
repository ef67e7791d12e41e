package uk.police.wm.rcs.rocu.disruption;

import uk.police.wm.rcs.rocu.events.TargetType;
import uk.police.wm.rcs.rocu.events.LeadAgency;
import uk.police.wm.rcs.rocu.events.Impact;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.events.ActivityLevel;
import uk.police.wm.rcs.rocu.events.CrimeType;
import uk.police.wm.rcs.rocu.events.FourP;

/** Requests and responses of the disruption API. */
public final class DisruptionRequests {
    private DisruptionRequests() {
    }

    /**
     * A disruption as a force system claims it. {@code force} may be omitted (the token's force is used); naming
     * another force is refused. {@code classification} defaults to OFFICIAL_SENSITIVE.
     */
    public record ClaimDisruption(
            @NotBlank @Size(max = 100) String sourceRecordId,
            Force force,
            @NotNull TargetType targetType,
            @Size(max = 40) String ocgReference,
            @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9/_-]+", message = "must be a reference, never a name")
            String priorityIndividualRef,
            @NotNull LeadAgency leadAgency,
            @NotNull CrimeType crimeType,
            @NotNull Impact claimedImpact,
            @NotNull FourP category,
            @NotNull ActivityLevel activityLevel,
            @NotNull LocalDate disruptedOn,
            @NotBlank @Size(max = 4000) String narrative,
            Boolean highlight,
            Classification classification,
            Set<@NotBlank @Size(max = 40) String> caveats) {
    }

    /** A disruption as the API shows it. {@code priorityIndividualRef} only appears on a justified read by id. */
    public record DisruptionView(
            String id, Force force, String sourceRecordId, TargetType targetType, String ocgReference,
            String priorityIndividualRef, LeadAgency leadAgency, CrimeType crimeType, Impact claimedImpact,
            Impact moderatedImpact, FourP category, ActivityLevel activityLevel, LocalDate disruptedOn,
            FinancialQuarter quarter, String narrative, boolean highlight, Classification classification,
            Set<String> caveats, DisruptionStatus status, LocalDate reviewDate, Instant recordedAt, long version) {

        /** The view every read shows: the priority individual's reference left out. */
        static DisruptionView withoutPerson(Disruption d) {
            return of(d, null);
        }

        /** The view of a justified read by id, the only one that names the priority individual. */
        static DisruptionView withPerson(Disruption d) {
            return of(d, d.priorityIndividualRef);
        }

        private static DisruptionView of(Disruption d, String priorityIndividualRef) {
            return new DisruptionView(d.id.toString(), d.force, d.sourceRecordId, d.targetType, d.ocgReference,
                    priorityIndividualRef, d.leadAgency, d.crimeType, d.claimedImpact,
                    d.moderatedImpact, d.category, d.activityLevel, d.disruptedOn, FinancialQuarter.of(d.disruptedOn),
                    d.narrative, d.highlight, d.classification, d.marking().caveats(), d.status, d.reviewDate, d.recordedAt,
                    d.version);
        }
    }

    /** List filters; every one optional. */
    public record DisruptionFilter(Force force, String ocgReference, CrimeType crimeType, Impact impact,
            DisruptionStatus status, FinancialQuarter quarter, LeadAgency agency) {
    }
}
