package uk.police.wm.rcs.platform.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed configuration of webhook delivery ({@code rcs.webhooks.*}). */
@ConfigMapping(prefix = "rcs.webhooks")
public interface WebhookConfig {
    /** {@code rcs.webhooks.enabled}: run the delivery worker and register its metrics (services that offer webhooks). */
    @WithDefault("false")
    boolean enabled();

    /**
     * {@code rcs.webhooks.loopback-only}: accept callbacks to this machine's loopback address only. Set by the local
     * stack and the tests, whose traffic stays on 127.0.0.1 (an https callback to any host would otherwise be called
     * after a decision, and the security suite registers what its request bodies name).
     */
    @WithDefault("false")
    boolean loopbackOnly();

    /** {@code rcs.webhooks.poll-interval}: idle polling period; a commit that wrote deliveries wakes the worker. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** {@code rcs.webhooks.batch-size}: deliveries taken and sent (concurrently) per round. */
    @WithDefault("20")
    int batchSize();

    /** {@code rcs.webhooks.backoff-initial}: wait after the first failed attempt; doubles per failure. */
    @WithDefault("PT0.5S")
    Duration backoffInitial();

    /** {@code rcs.webhooks.backoff-max}: cap on the wait while an event is young (see backoff-age-ratio). */
    @WithDefault("PT5S")
    Duration backoffMax();

    /**
     * {@code rcs.webhooks.backoff-age-ratio}: past {@code backoff-max}, the wait may grow to this share of the time
     * the event has waited, so a receiver down for a minute gets it seconds after it is back and one down for a day
     * is not called every few seconds.
     */
    @WithDefault("0.1")
    double backoffAgeRatio();

    /** {@code rcs.webhooks.give-up-after}: an event not delivered this long after it was written is marked failed. */
    @WithDefault("P3D")
    Duration giveUpAfter();

    /**
     * {@code rcs.webhooks.keep-finished-for}: how long a delivered or given-up delivery stays listed (and its body
     * stored) before the worker deletes it; the decision itself stays readable from the record.
     */
    @WithDefault("P30D")
    Duration keepFinishedFor();

    /** {@code rcs.webhooks.purge-interval}: how often the worker deletes the finished deliveries kept long enough. */
    @WithDefault("PT1H")
    Duration purgeInterval();

    /** {@code rcs.webhooks.lease}: how long a worker holds a delivery it is sending (another instance waits). */
    @WithDefault("PT30S")
    Duration lease();

    /** {@code rcs.webhooks.connect-timeout}: TCP connect timeout of one attempt. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** {@code rcs.webhooks.request-timeout}: how long one attempt waits for the receiver's answer. */
    @WithDefault("PT5S")
    Duration requestTimeout();
}
