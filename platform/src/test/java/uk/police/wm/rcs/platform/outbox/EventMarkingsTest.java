package uk.police.wm.rcs.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;

class EventMarkingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecurityMarking EYES = SecurityMarking.of(Classification.OFFICIAL_SENSITIVE, "UK_EYES_ONLY",
            "ZED");

    private static CloudEventBuilder event() {
        return CloudEventBuilder.v1().withId("1").withSource(URI.create("/test")).withType("uk.police.wm.t.v1");
    }

    @Test
    void aMarkingWrittenIsTheMarkingRead() throws Exception {
        CloudEvent event = EventMarkings.write(event(), EYES).build();
        assertThat(event.getExtension("classification")).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(event.getExtension("caveats")).isEqualTo("UK_EYES_ONLY,ZED");
        assertThat(EventMarkings.read(event, null)).isEqualTo(EYES);

        ObjectNode data = JSON.createObjectNode().put("id", "x");
        EventMarkings.write(data, EYES);
        assertThat(EventMarkings.read(event().build(), data)).isEqualTo(EYES);
        assertThat(EventMarkings.read(EventMarkings.write(event(), SecurityMarking.OFFICIAL).build(), null))
                .isEqualTo(SecurityMarking.OFFICIAL);
    }

    @Test
    void anUnmarkedOrUnreadableEventIsTreatedAsTheHighestClassification() throws Exception {
        assertThat(EventMarkings.read(event().build(), JSON.readTree("{\"id\":\"x\"}")))
                .isEqualTo(SecurityMarking.UNMARKED);
        assertThat(EventMarkings.read(event().withExtension("classification", "TOP_SECRET_ISH").build(), null))
                .extracting(SecurityMarking::classification).isEqualTo(Classification.SECRET);
        assertThat(EventMarkings.read(event().build(), JSON.readTree("{\"classification\":\"official\"}")))
                .isEqualTo(SecurityMarking.OFFICIAL);
    }

    @Test
    void dataThatStatesAnotherMarkingIsRefused() throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree("{\"classification\":\"OFFICIAL\",\"caveats\":[]}");
        assertThatThrownBy(() -> EventMarkings.write(data, EYES)).isInstanceOf(IllegalArgumentException.class);
        ObjectNode caveats = (ObjectNode) JSON.readTree("{\"classification\":\"OFFICIAL_SENSITIVE\",\"caveats\":[]}");
        assertThatThrownBy(() -> EventMarkings.write(caveats, EYES)).isInstanceOf(IllegalArgumentException.class);
        ObjectNode same = (ObjectNode) JSON.readTree(
                "{\"classification\":\"OFFICIAL_SENSITIVE\",\"caveats\":[\"ZED\",\"UK_EYES_ONLY\"]}");
        EventMarkings.write(same, EYES);
        assertThat(same.get("caveats").toString()).isEqualTo("[\"UK_EYES_ONLY\",\"ZED\"]");
    }
}
