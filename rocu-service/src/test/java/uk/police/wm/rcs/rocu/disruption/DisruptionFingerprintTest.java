package uk.police.wm.rcs.rocu.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.intake.Fingerprint;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.events.ActivityLevel;
import uk.police.wm.rcs.rocu.events.Impact;
import uk.police.wm.rcs.rocu.events.LeadAgency;
import uk.police.wm.rcs.rocu.events.TargetType;
import uk.police.wm.rcs.rocu.events.CrimeType;
import uk.police.wm.rcs.rocu.events.FourP;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;

/**
 * Every stored disruption keeps the fingerprint of its claim ({@code content_hash}); a retry is compared with it, so
 * the platform's fingerprint of a normalised claim must stay what rocu-service computed before it used the platform's.
 */
class DisruptionFingerprintTest {

    @Test
    void aNormalisedClaimsFingerprintIsTheOneStoredRecordsKeep() {
        ClaimDisruption claim = DisruptionMapper.normalise(new ClaimDisruption(" WMP-2018-0001 ", null, TargetType.OCG,
                "OCG-17", " ", LeadAgency.ROCU, CrimeType.DRUGS, Impact.MAJOR, FourP.PURSUE, ActivityLevel.REGIONAL,
                LocalDate.of(2018, 5, 1), "Cash seized ", true, Classification.OFFICIAL_SENSITIVE,
                Set.of("UK_EYES_ONLY", "ALPHA")), Force.WMP);

        // SHA-256 of the fields joined by U+001F, computed by the code that wrote content_hash until now
        assertThat(Fingerprint.of(claim))
                .isEqualTo("5207752685e6629df7dc394ac6c9de7c2b0e6aee0803a37da36eea775d25c840");
    }
}
