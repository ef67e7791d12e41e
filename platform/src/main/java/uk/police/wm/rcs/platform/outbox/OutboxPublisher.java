package uk.police.wm.rcs.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.Counter;
import io.opentelemetry.api.trace.Span;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Identifier;
import uk.police.wm.rcs.platform.config.EventsConfig;
import uk.police.wm.rcs.platform.config.KafkaClientSettings;
import uk.police.wm.rcs.platform.config.OutboxConfig;
import uk.police.wm.rcs.platform.tracing.Traces;

/**
 * The relay's Kafka side: sends outbox rows as binary-mode CloudEvents and tells which the broker acknowledged.
 * Used by the relay thread only.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class OutboxPublisher {

    /** Kafka as the relay last saw it. */
    public enum KafkaState {
        UNKNOWN, UP, DOWN
    }

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final Duration ABORT_GRACE = Duration.ofSeconds(1);

    @Inject
    EventsConfig events;

    @Inject
    OutboxConfig outbox;

    @Inject
    MeterRegistry registry;

    @Inject
    PublishSpans publishSpans;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private volatile KafkaState kafkaState = KafkaState.UNKNOWN;
    private volatile Instant kafkaDownSince;
    private Producer<String, CloudEvent> producer;
    private Counter published;
    private Counter failedRounds;
    private Timer lag;

    @PostConstruct
    void registerMeters() {
        published = Counter.builder("rcs.outbox.published")
                .description("Outbox events published to Kafka and acknowledged by the broker")
                .register(registry);
        failedRounds = Counter.builder("rcs.outbox.publish.failures")
                .description("Relay rounds the broker did not acknowledge in full (Kafka unreachable or a send refused)")
                .register(registry);
        lag = Timer.builder("rcs.outbox.publish.lag")
                .description("Time from an event's append (commit) to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }

    public KafkaState kafkaState() {
        return kafkaState;
    }

    /**
     * Sends the batch in {@code seq} order and returns the rows the broker acknowledged.
     * <p>
     * Why this keeps per-key order without duplicates: the producer is idempotent and its own delivery timeout is
     * effectively infinite, so a batch never expires while a later one for the same partition goes through. A send
     * fails either at once, thrown or as an already-failed future (no metadata in time, record too large): the round
     * then stops at that row; or by our deadline, after which the producer is closed (with a short grace) and every
     * unfinished send ends. Within a partition, hence for one key, the acknowledged rows are thus a prefix of the
     * rows sent, and the rest wait for the next round behind them. A send ended just after the broker wrote it is
     * published again (at-least-once): consumers dedupe on the CloudEvents id.
     */
    List<PendingEvent> publish(List<PendingEvent> batch) throws InterruptedException {
        Producer<String, CloudEvent> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        Throwable failure = null;
        for (PendingEvent row : batch) {
            Span span = publishSpans.start(row, events.topic());
            Future<RecordMetadata> ack;
            try {
                ack = kafka.send(new ProducerRecord<>(events.topic(), row.aggregateId(), toCloudEvent(row)));
            } catch (RuntimeException e) {
                publishSpans.failed(span, e);
                failure = e;
                break;
            }
            if (ack.isDone() && !succeeded(ack)) {
                // refused before reaching the producer's queue: a later row of the same key must not overtake it
                failure = causeOf(ack);
                publishSpans.failed(span, failure);
                break;
            }
            acks.add(ack);
            spans.add(span);
        }
        // counted from the last hand-over: send() itself may have blocked up to max.block.ms waiting for metadata
        long deadline = System.nanoTime() + outbox.sendTimeout().toNanos();
        boolean abort = false;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                abort = true;
                failure = failure != null ? failure
                        : new TimeoutException("no acknowledgement within " + outbox.sendTimeout());
                break;
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause();
            }
        }
        if (abort || failure != null) {
            // end whatever is unfinished, so nothing of this round can land after the next round's sends; the short
            // grace lets answers to requests already on the wire arrive rather than publishing those rows twice
            close(ABORT_GRACE);
        }
        List<PendingEvent> acknowledged = new ArrayList<>(acks.size());
        Instant now = Instant.now();
        for (int i = 0; i < acks.size(); i++) {
            if (succeeded(acks.get(i))) {
                PendingEvent row = batch.get(i);
                acknowledged.add(row);
                lag.record(Duration.between(row.time(), now).abs());
                publishSpans.acknowledged(spans.get(i), row, events.topic());
            } else {
                publishSpans.failed(spans.get(i), failure);
            }
        }
        published.increment(acknowledged.size());
        if (failure != null) {
            LOG.debugf("Outbox round: %d of %d events acknowledged (%s)", acknowledged.size(), batch.size(), failure);
            failedRounds.increment();
            kafkaDown(failure, batch.size() - acknowledged.size());
        } else {
            kafkaUp();
        }
        return acknowledged;
    }

    /** Closes the producer; the next round opens a new one. */
    void close(Duration timeout) {
        Producer<String, CloudEvent> p = producer;
        producer = null;
        if (p != null) {
            try {
                p.close(timeout);
            } catch (RuntimeException e) {
                LOG.debugf("Closing the outbox producer failed: %s", e);
            }
        }
    }

    Map<String, Object> producerConfig() {
        Map<String, Object> props = KafkaClientSettings.known(kafkaConfig, ProducerConfig.configNames());
        long sendTimeout = Math.max(1_000, outbox.sendTimeout().toMillis());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(500, sendTimeout / 2));
        // never let the producer expire a batch by itself (see publish): the relay's own deadline ends it instead
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        props.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY);
        return props;
    }

    private Producer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig());
        }
        return producer;
    }

    private static CloudEvent toCloudEvent(PendingEvent row) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(row.id().toString())
                .withSource(URI.create(row.source()))
                .withType(row.type())
                .withSubject(row.subject())
                .withTime(row.time().atOffset(ZoneOffset.UTC));
        if (row.data() != null) {
            event.withDataContentType("application/json").withData(row.data().getBytes(StandardCharsets.UTF_8));
        }
        if (row.correlationId() != null) {
            event.withExtension("correlationid", row.correlationId());
        }
        if (row.traceparent() != null) {
            // the CloudEvents distributed-tracing extension: the context of the request that wrote the event
            event.withExtension(Traces.TRACEPARENT, row.traceparent());
        }
        return EventMarkings.write(event, row.marking()).build();
    }

    private static boolean succeeded(Future<RecordMetadata> ack) {
        if (!ack.isDone() || ack.isCancelled()) {
            return false;
        }
        try {
            ack.get(0, TimeUnit.NANOSECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Throwable causeOf(Future<RecordMetadata> failed) {
        try {
            failed.get(0, TimeUnit.NANOSECONDS);
            return new IllegalStateException("send reported no failure");
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (Exception e) {
            return e;
        }
    }

    private void kafkaDown(Throwable cause, int held) {
        if (kafkaState != KafkaState.DOWN) {
            kafkaDownSince = Instant.now();
            // once per outage, not per attempt
            LOG.warnf("Kafka unreachable, outbox events held back and retried with backoff (%d in this batch): %s",
                    held, cause.toString());
        }
        kafkaState = KafkaState.DOWN;
    }

    private void kafkaUp() {
        if (kafkaState == KafkaState.DOWN) {
            LOG.infof("Kafka reachable again after %s; outbox publishing resumed",
                    Duration.between(kafkaDownSince, Instant.now()));
        }
        kafkaState = KafkaState.UP;
    }
}
