package uk.police.wm.rcs.gateway.ctu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.ctu.events.ExerciseRecordedEvent;
import uk.police.wm.rcs.ctu.events.PursueEvents;
import uk.police.wm.rcs.gateway.ctu.CtuActivityProjector.Change;
import uk.police.wm.rcs.gateway.ctu.CtuActivityProjector.Output;
import uk.police.wm.rcs.gateway.readmodel.ConsumedEvent;
import uk.police.wm.rcs.gateway.readmodel.EventProjector.Applied;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.Section;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/** CTU activity events read as ctu-events records, including those published before versions and measures were. */
class CtuActivityChangeTest {

    private static final String ID = "5f0c1a2e-0000-4000-8000-000000000001";

    private static Applied event(String type, String json) throws Exception {
        return new Applied(new ConsumedEvent("e-1", type, "/west-midlands/ctu-service", ID,
                OffsetDateTime.parse("2019-01-01T00:00:00Z"), Section.CTU, "ctu.events", 0, 0),
                new ObjectMapper().readTree(json), SecurityMarking.OFFICIAL);
    }

    @Test
    void anOldExerciseWithoutVersionOrMeasuresCountsAsVersionOneWithNoMeasures() throws Exception {
        Change change = Change.of(event(ExerciseRecordedEvent.TYPE, """
                {"id": "%s", "force": "WMP", "quarter": "2018-19/Q3", "type": "TABLE_TOP",
                 "scenario": "CBRN", "classification": "OFFICIAL"}""".formatted(ID)));
        assertThat(change.version()).isEqualTo(1);
        assertThat(change.fourP()).isEqualTo("PREPARE");
        assertThat(change.motivation()).isEqualTo(CtuActivityProjector.NOT_APPLICABLE);
        assertThat(change.output()).isEqualTo(new Output("TABLE_TOP", 0, 0, 0, 0));
    }

    @Test
    void anOldOperationWithoutVersionIsVersionOne() throws Exception {
        Change change = Change.of(event(PursueEvents.OperationChanged.TYPE, """
                {"id": "%s", "quarter": "2018-19/Q3", "motivation": "ISLAMIST", "status": "ACTIVE",
                 "stage": "EARLY", "subjectsOfInterest": 2, "arrests": 0, "charges": 0, "convictions": 0,
                 "classification": "SECRET"}""".formatted(ID)));
        assertThat(change.version()).isEqualTo(1);
        assertThat(change.motivation()).isEqualTo("ISLAMIST");
        assertThat(change.output()).isNull();
    }

    @Test
    void aCurrentExerciseKeepsItsVersionAndMeasures() throws Exception {
        Change change = Change.of(event(ExerciseRecordedEvent.TYPE, """
                {"id": "%s", "force": "WMP", "quarter": "2018-19/Q3", "type": "LIVE_PLAY", "scenario": "CBRN",
                 "agencies": 4, "lessons": 3, "openLessons": 1, "version": 2, "classification": "OFFICIAL",
                 "caveats": []}""".formatted(ID)));
        assertThat(change.version()).isEqualTo(2);
        assertThat(change.output()).isEqualTo(new Output("LIVE_PLAY", 0, 4, 3, 1));
    }

    @Test
    void anOperationWithoutACountItAlwaysCarriedIsRefused() throws Exception {
        Applied withoutArrests = event(PursueEvents.OperationChanged.TYPE, """
                {"id": "%s", "quarter": "2018-19/Q3", "motivation": "ISLAMIST", "status": "ACTIVE",
                 "stage": "EARLY", "subjectsOfInterest": 2, "charges": 0, "convictions": 0, "version": 1,
                 "classification": "SECRET"}""".formatted(ID));
        assertThatThrownBy(() -> Change.of(withoutArrests)).isInstanceOf(RejectedEventException.class)
                .hasMessageContaining("arrests");
    }
}
