package uk.police.wm.rcs.platform.metrics;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.SmallRyeHealthReporter;

/**
 * The instance's readiness as a metric, {@code rcs_service_ready} (1 ready, 0 not): a pod that is running but not
 * ready still answers {@code /q/metrics}, so Prometheus's own {@code up} cannot tell. Evaluated every 10 s on a
 * worker thread (the kubelet's readiness probe runs the same checks), never on the scrape.
 */
@ApplicationScoped
public class ReadinessMetric {

    @Inject
    MeterRegistry registry;

    @Inject
    SmallRyeHealthReporter health;

    // not ready until the first evaluation says so
    private final AtomicInteger ready = new AtomicInteger();

    void register(@Observes StartupEvent startup) {
        Gauge.builder("rcs.service.ready", ready, AtomicInteger::get)
                .description("1 when every readiness check of this instance is UP (as /q/health/ready), else 0")
                .register(registry);
    }

    @Scheduled(every = "10s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evaluate() {
        ready.set(health.getReadiness().isDown() ? 0 : 1);
    }
}
