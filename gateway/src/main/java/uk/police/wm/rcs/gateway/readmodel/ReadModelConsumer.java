package uk.police.wm.rcs.gateway.readmodel;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import uk.police.wm.rcs.gateway.config.ReadModelConfig;
import uk.police.wm.rcs.platform.config.KafkaClientSettings;
import uk.police.wm.rcs.platform.tracing.EventSpans;
import uk.police.wm.rcs.gateway.readmodel.ReadModelWriter.Polled;

/**
 * Feeds the read model from the domain topics on one thread: each poll is applied in one transaction (dedupe on
 * the CloudEvents id included), and offsets are committed only after that transaction, so per-partition order holds
 * and a crash replays at most the last batch, which the dedupe then ignores.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);

    @Inject
    ReadModelConfig config;

    @Inject
    ReadModelWriter writer;

    @Inject
    EventSpans eventSpans;

    /** Recreates the tables when the database was lost and recreated empty while this instance ran. */
    @Inject
    org.flywaydb.core.Flyway flyway;

    @Inject
    ReadModelMetrics metrics;

    @Inject
    Clock clock;

    /** The service's {@code kafka.*} settings (bootstrap servers and, on a cluster, TLS and SASL). */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final Map<TopicPartition, Long> lag = new ConcurrentHashMap<>();
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private final RewindOnAssignment rewindOnAssignment = new RewindOnAssignment();
    private volatile boolean running;
    private volatile boolean rebuilding;
    private volatile KafkaConsumer<String, CloudEvent> consumer;
    private Thread thread;
    /** The origin of the database this instance has been filling; null until first read. */
    private String knownOrigin;
    private long nextOriginCheck;

    private ConsumerLagClock lagClock;

    @PostConstruct
    void lagClock() {
        lagClock = new ConsumerLagClock(clock);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("Read model consumer disabled (rcs.read-model.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "read-model-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, CloudEvent> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /** Empties the read model and replays every topic from its start; the view fills again as events apply. */
    public void requestRebuild() {
        rebuilding = true;
        rebuildRequested.set(true);
        KafkaConsumer<String, CloudEvent> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** Whether a rebuild is replaying the topics and has not caught up yet. */
    public boolean isRebuilding() {
        return rebuilding;
    }

    /** Records not yet applied in a section's partitions assigned to this instance (empty before assignment). */
    public Map<Section, Long> lag() {
        Map<Section, Long> bySection = new HashMap<>();
        lag.forEach((tp, value) -> Section.ofTopic(tp.topic())
                .ifPresent(section -> bySection.merge(section, value, Long::sum)));
        return bySection;
    }

    /** Seconds the section is behind (see {@link ConsumerLagClock}). */
    public double lagSeconds(Section section) {
        return lagClock.seconds(section);
    }

    private void run() {
        Duration backoff = config.backoffInitial();
        while (running) {
            try (KafkaConsumer<String, CloudEvent> kafka = newConsumer()) {
                consumer = kafka;
                kafka.subscribe(Arrays.stream(Section.values()).map(Section::topic).toList(), rewindOnAssignment);
                nextOriginCheck = System.nanoTime(); // a new consumer follows a failure: was the database lost?
                while (running) {
                    try {
                        if (rebuildRequested.getAndSet(false)) {
                            rebuild(kafka);
                        }
                        checkOrigin(kafka);
                        pollOnce(kafka);
                        backoff = config.backoffInitial();
                    } catch (WakeupException e) {
                        // shutdown or a rebuild request: the loop looks at both
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf("Read model consumer failed (%s); retrying in %s ms", e.getMessage(), backoff.toMillis());
                sleep(backoff);
                backoff = min(backoff.multipliedBy(2), config.backoffMax());
            } finally {
                consumer = null;
            }
        }
    }

    private void rebuild(KafkaConsumer<String, CloudEvent> kafka) {
        LOG.info("Rebuilding the read model: emptying it and replaying every topic from the start");
        writer.reset();
        lag.clear();
        if (kafka.assignment().isEmpty()) {
            rewindOnAssignment.pending = true; // not in the group yet: rewind what it is given
        } else {
            kafka.seekToBeginning(kafka.assignment());
        }
    }

    /**
     * Replays every topic from its start, by itself, when the database is not the one this instance was filling: it
     * was lost and recreated empty (the tables are made again here, by the same migrations as at start), restored, or
     * this instance starts on an empty read model while the group's offsets are further on. Every instance checks
     * its own partitions, so two instances on one database both replay theirs; the dedupe on the CloudEvents id
     * makes a replay of what a database already holds change nothing.
     */
    private void checkOrigin(KafkaConsumer<String, CloudEvent> kafka) {
        if (System.nanoTime() < nextOriginCheck) {
            return;
        }
        nextOriginCheck = System.nanoTime() + config.originCheck().toNanos();
        String origin;
        boolean empty;
        try {
            origin = originOrMigrate();
            empty = writer.isEmpty();
        } catch (RuntimeException away) {
            LOG.debugf("Read model origin not readable (%s); checked again later", away.getMessage());
            return; // the database is away: the next batch fails and backs off
        }
        boolean replaced = knownOrigin != null && !knownOrigin.equals(origin);
        boolean startingEmpty = knownOrigin == null && empty;
        knownOrigin = origin;
        if (replaced || startingEmpty) {
            LOG.warnf("The read model's database is %s: replaying every topic from its start",
                    replaced ? "a new one (lost and recreated, or restored)" : "empty");
            lag.clear();
            if (kafka.assignment().isEmpty()) {
                rewindOnAssignment.pending = true;
            } else {
                rewind(kafka, kafka.assignment());
            }
        }
    }

    private String originOrMigrate() {
        try {
            return writer.origin();
        } catch (RuntimeException e) {
            if (!tableMissing(e)) {
                throw e; // the database is away, not emptied: nothing to migrate
            }
            LOG.warnf("The read model's tables are missing (%s): migrating the database again", e.getMessage());
            flyway.migrate();
            return writer.origin();
        }
    }

    /** PostgreSQL's undefined_table (42P01) somewhere in the causes: the database is there, its tables are not. */
    private static boolean tableMissing(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "42P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Seeks to the start and commits it at once, so a partition handed to another instance meanwhile replays too. */
    private static void rewind(KafkaConsumer<String, CloudEvent> kafka, Collection<TopicPartition> partitions) {
        kafka.seekToBeginning(partitions);
        Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
        partitions.forEach(tp -> start.put(tp, new OffsetAndMetadata(kafka.position(tp))));
        kafka.commitSync(start);
    }

    /** Rewinds newly assigned partitions to their start while a rebuild or a replay waits for its assignment. */
    private final class RewindOnAssignment implements ConsumerRebalanceListener {
        volatile boolean pending;

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (pending && consumer != null) {
                rewind(consumer, partitions);
                pending = false;
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(lag::remove);
        }
    }

    private void pollOnce(KafkaConsumer<String, CloudEvent> kafka) {
        ConsumerRecords<String, CloudEvent> records;
        try {
            records = kafka.poll(config.pollTimeout());
        } catch (RecordDeserializationException e) {
            // not a CloudEvent at all: set it aside and move past it
            Section section = Section.ofTopic(e.topicPartition().topic()).orElse(Section.CTU);
            if (writer.reject(new ConsumedEvent("undecodable:" + e.topicPartition() + "@" + e.offset(), "undecodable",
                    null, null, null, section, e.topicPartition().topic(), e.topicPartition().partition(),
                    e.offset()), e.getMessage())) {
                metrics.setAside(section);
            }
            kafka.seek(e.topicPartition(), e.offset() + 1);
            return;
        }
        if (!records.isEmpty()) {
            apply(kafka, records);
        }
        for (TopicPartition tp : kafka.assignment()) {
            kafka.currentLag(tp).ifPresent(value -> lag.put(tp, value));
        }
        lag.keySet().retainAll(kafka.assignment());
        markCaughtUp(kafka.assignment());
        if (rebuilding && !kafka.assignment().isEmpty() && lag.keySet().containsAll(kafka.assignment())
                && lag.values().stream().allMatch(v -> v == 0)) {
            rebuilding = false;
            LOG.info("Read model rebuild caught up");
        }
    }

    /** A section is caught up when this instance has partitions and every one of the section's is at lag 0. */
    private void markCaughtUp(Collection<TopicPartition> assignment) {
        if (assignment.isEmpty()) {
            return;
        }
        for (Section section : Section.values()) {
            boolean behind = assignment.stream().filter(tp -> tp.topic().equals(section.topic()))
                    .anyMatch(tp -> lag.getOrDefault(tp, 1L) > 0);
            if (!behind) {
                lagClock.caughtUp(section);
            }
        }
    }

    private void apply(KafkaConsumer<String, CloudEvent> kafka, ConsumerRecords<String, CloudEvent> records) {
        List<Polled> batch = new ArrayList<>(records.count());
        List<Span> spans = new ArrayList<>(records.count());
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (ConsumerRecord<String, CloudEvent> record : records) {
            batch.add(toPolled(record));
            Section.ofTopic(record.topic()).ifPresent(section -> lagClock.polled(section,
                    Instant.ofEpochMilli(record.timestamp())));
            // each event's apply continues the trace of the request that wrote it (ce_traceparent)
            spans.add(eventSpans.apply(record.value(), record.topic()));
            next.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        Map<Integer, String> rejected = new HashMap<>();
        Span current = eventSpans.batch(spans);
        try (Scope scope = current.makeCurrent()) {
            try {
                writer.applyAll(batch);
            } catch (RuntimeException batchFailure) {
                // one bad event must not stop the view: apply one by one, setting aside what cannot be applied
                for (int i = 0; i < batch.size(); i++) {
                    Polled polled = batch.get(i);
                    try {
                        writer.applyOne(polled);
                    } catch (RejectedEventException e) {
                        if (writer.reject(polled.event(), e.getMessage())) {
                            metrics.setAside(polled.event().section());
                        }
                        rejected.put(i, e.getMessage());
                    }
                }
            }
            kafka.commitSync(next);
        } finally {
            for (int i = 0; i < batch.size(); i++) {
                ConsumedEvent event = batch.get(i).event();
                eventSpans.end(spans.get(i), batch.get(i).cloudEvent(), rejected.get(i), () -> LOG.debugf(
                        "Applied %s %s (%s) from %s-%d@%d", event.type(), event.id(), event.subject(), event.topic(),
                        event.partition(), event.offset()));
            }
            if (spans.size() != 1) {
                current.end();
            }
        }
        lagClock.applied();
    }

    private static Polled toPolled(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        Section section = Section.ofTopic(record.topic()).orElseThrow();
        ConsumedEvent envelope = new ConsumedEvent(event.getId(), event.getType(), event.getSource().toString(),
                event.getSubject(), event.getTime() == null ? null : event.getTime().withOffsetSameInstant(ZoneOffset.UTC),
                section, record.topic(), record.partition(), record.offset());
        return new Polled(envelope, event);
    }

    private KafkaConsumer<String, CloudEvent> newConsumer() {
        Properties props = new Properties();
        props.putAll(KafkaClientSettings.known(kafkaConfig, ConsumerConfig.configNames()));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "true");
        return new KafkaConsumer<>(props, new StringDeserializer(), new CloudEventDeserializer());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
