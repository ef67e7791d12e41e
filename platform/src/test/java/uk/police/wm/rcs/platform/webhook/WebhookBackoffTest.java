package uk.police.wm.rcs.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry back-off: quick first, capped while the event is young, growing with its age after. */
class WebhookBackoffTest {

    /** The defaults of {@link WebhookConfig}. */
    record Defaults(boolean enabled, boolean loopbackOnly, Duration pollInterval, int batchSize, Duration backoffInitial,
            Duration backoffMax, double backoffAgeRatio, Duration giveUpAfter, Duration keepFinishedFor,
            Duration purgeInterval, Duration lease, Duration connectTimeout, Duration requestTimeout)
            implements WebhookConfig {
        Defaults() {
            this(true, false, Duration.ofSeconds(1), 20, Duration.ofMillis(500), Duration.ofSeconds(5), 0.1,
                    Duration.ofDays(3), Duration.ofDays(30), Duration.ofHours(1), Duration.ofSeconds(30),
                    Duration.ofSeconds(2), Duration.ofSeconds(5));
        }
    }

    private static Duration wait(int attempts, Duration age) {
        return WebhookDeliveryWorker.backoff(new Defaults(), attempts, age);
    }

    @Test
    void doublesFromHalfASecond() {
        assertThat(wait(1, Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(500));
        assertThat(wait(2, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(1));
        assertThat(wait(4, Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void aReceiverDownForAMinuteIsTriedAgainWithinSixSeconds() {
        assertThat(wait(12, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(6));
        assertThat(wait(8, Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aLongOutageIsTriedLessOftenButNeverLessThanATenthOfItsLength() {
        assertThat(wait(40, Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(6));
        assertThat(wait(60, Duration.ofDays(1))).isEqualTo(Duration.ofMinutes(144));
    }
}
