package uk.police.wm.rcs.rocu.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.events.CrimeType;
import uk.police.wm.rcs.rocu.events.FourP;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import uk.police.wm.rcs.rocu.events.Impact;
import uk.police.wm.rcs.rocu.events.LeadAgency;
import uk.police.wm.rcs.rocu.events.TargetType;
import uk.police.wm.rcs.rocu.events.ModerationEvents.HighlightPublished;

/** Which decided disruptions publish an operational highlight, and what it carries. */
class HighlightPublishedTest {

    private static Disruption decided(DisruptionStatus status, boolean highlight, TargetType target) {
        Disruption d = new Disruption();
        d.id = UUID.randomUUID();
        d.force = Force.WAR;
        d.targetType = target;
        d.leadAgency = LeadAgency.NCA;
        d.crimeType = CrimeType.COUNTY_LINES;
        d.claimedImpact = Impact.MAJOR;
        d.moderatedImpact = status == DisruptionStatus.DOWNGRADED ? Impact.MINOR : Impact.MAJOR;
        d.category = FourP.PREVENT;
        d.disruptedOn = LocalDate.of(2019, 1, 15);
        d.narrative = "Synthetic: a line closed.";
        d.highlight = highlight;
        d.classification = Classification.OFFICIAL_SENSITIVE;
        d.caveats = new String[] {"UK_EYES_ONLY"};
        d.status = status;
        return d;
    }

    @Test
    void aHighlightedDowngradedDisruptionPublishesItsNarrativeAtTheModeratedImpact() {
        Disruption d = decided(DisruptionStatus.DOWNGRADED, true, TargetType.OCG);
        HighlightPublished h = ModerationService.highlight(d).orElseThrow();
        assertThat(h.disruptionId()).isEqualTo(d.id.toString());
        assertThat(h.quarter()).isEqualTo("2018-19/Q4");
        assertThat(h.moderatedImpact()).isEqualTo(Impact.MINOR);
        assertThat(h.fourP()).isEqualTo(FourP.PREVENT);
        assertThat(h.leadAgency()).isEqualTo(LeadAgency.NCA);
        assertThat(h.narrative()).isEqualTo("Synthetic: a line closed.");
        assertThat(h.classification()).isEqualTo(Classification.OFFICIAL_SENSITIVE);
        assertThat(h.caveats()).containsExactly("UK_EYES_ONLY");
        assertThat(h.namesPerson()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = DisruptionStatus.class, names = {"CLAIMED", "REJECTED", "RETURNED_FOR_INFORMATION"})
    void aDisruptionThatDoesNotCountPublishesNone(DisruptionStatus status) {
        assertThat(ModerationService.highlight(decided(status, true, TargetType.OCG))).isEmpty();
    }

    @Test
    void aDisruptionNotMarkedHighlightPublishesNone() {
        assertThat(ModerationService.highlight(decided(DisruptionStatus.APPROVED, false, TargetType.NONE))).isEmpty();
    }

    @Test
    void aDisruptionAimedAtAPriorityIndividualPublishesNone() {
        assertThat(ModerationService.highlight(decided(DisruptionStatus.APPROVED, true, TargetType.PRIORITY_INDIVIDUAL)))
                .isEmpty();
        assertThat(ModerationService.highlight(decided(DisruptionStatus.APPROVED, true, TargetType.NONE))).isPresent();
    }
}
