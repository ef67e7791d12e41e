package uk.police.wm.rcs.rocu.ocg;

import uk.police.wm.rcs.rocu.events.OcgStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.events.ActivityLevel;
import uk.police.wm.rcs.rocu.events.CrimeType;

/** Requests and responses of the OCG register. */
public final class OcgRequests {
    private OcgRequests() {
    }

    /** An OCG as an analyst maps or updates it; classification defaults to OFFICIAL_SENSITIVE. */
    public record OcgDetails(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/_-]+") String reference,
            @NotBlank @Size(max = 200) String name,
            @NotNull Force owningForce,
            @NotBlank @Size(max = 200) String leadResponsibleOfficer,
            @NotNull CrimeType predominantCrimeType,
            Set<CrimeType> secondaryCrimeTypes,
            @NotNull ActivityLevel activityLevel,
            @NotBlank @Size(max = 10) String threatBand,
            Classification classification,
            Set<@NotBlank @Size(max = 40) String> caveats) {
    }

    /** An OCG as the API shows it. */
    public record OcgView(String id, String reference, String shareableReference, String name, Force owningForce, String leadResponsibleOfficer,
            CrimeType predominantCrimeType, Set<CrimeType> secondaryCrimeTypes, ActivityLevel activityLevel,
            String threatBand, OcgStatus status, Classification classification, Set<String> caveats,
            Instant updatedAt, long version) {

        static OcgView of(Ocg o) {
            return new OcgView(o.id.toString(), o.reference, o.shareableReference, o.name, o.owningForce, o.leadResponsibleOfficer,
                    o.predominantCrimeType, crimeTypes(o.secondaryCrimeTypes), o.activityLevel, o.threatBand,
                    o.status, o.classification, o.marking().caveats(), o.updatedAt, o.version);
        }
    }

    /** List filters; every one optional. */
    public record OcgFilter(Force force, CrimeType crimeType, ActivityLevel activityLevel, OcgStatus status,
            String band) {
    }

    /** Active OCGs per predominant crime type (the report's Figure 3). */
    public record CrimeTypeCount(CrimeType crimeType, long count) {
    }

    /** The counts behind Figure 3. */
    public record OcgCounts(long total, List<CrimeTypeCount> byCrimeType) {
    }

    /** A threat band as configured. */
    public record ThreatBandView(@NotBlank @Size(max = 10) String code, @NotBlank @Size(max = 200) String label,
            @NotNull Integer rank) {
    }

    static Set<CrimeType> crimeTypes(String joined) {
        return Ocg.split(joined).stream().map(CrimeType::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
