package uk.police.wm.rcs.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboxEventTypeTest {

    @Test
    void eventTypesAreReverseDnsWithAVersion() {
        assertThat(Outbox.EVENT_TYPE.matcher("uk.police.wm.rocu.disruption.claimed.v1").matches()).isTrue();
        assertThat(Outbox.EVENT_TYPE.matcher("uk.police.wm.ctu.threatLevel.changed.v12").matches()).isTrue();
        assertThat(Outbox.EVENT_TYPE.matcher("uk.police.wm.rocu.disruption.claimed").matches()).isFalse();
        assertThat(Outbox.EVENT_TYPE.matcher("DisruptionClaimed").matches()).isFalse();
        assertThat(Outbox.EVENT_TYPE.matcher("uk.police.wm.rocu.disruption claimed.v1").matches()).isFalse();
    }
}
