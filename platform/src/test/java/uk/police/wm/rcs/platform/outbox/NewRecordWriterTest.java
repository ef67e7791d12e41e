package uk.police.wm.rcs.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.support.AnyEvent;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.support.Db;
import uk.police.wm.rcs.platform.support.EventReader;

/** A new record, its event and its audit entry go in one statement; a record already there leaves nothing behind. */
@QuarkusTest
class NewRecordWriterTest {

    private static final String INSERT = "INSERT INTO widget (id, name, impact, version) VALUES (?, ?, ?, 0)"
            + " ON CONFLICT (name) DO NOTHING RETURNING id";
    private static final String CREATED = "uk.police.wm.test.widget.created.v1";
    private static final Caller FORCE_SYSTEM = new Caller("service-account-wmp", "force-wmp",
            Set.of("force-recorder"), Optional.of(Force.WMP), Classification.OFFICIAL, Set.of());

    @Inject
    NewRecordWriter writer;

    @Inject
    DataSource dataSource;

    private Db db;

    @BeforeEach
    void setUp() {
        db = new Db(dataSource);
    }

    @Test
    void aNewRecordIsWrittenWithItsEventAndAuditEntryAndPublished() {
        String name = "new-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();

        assertThat(write(id, name, "MAJOR")).isTrue();

        assertThat(db.count("SELECT count(*) FROM widget WHERE id = ?", id)).isOne();
        assertThat(db.rows("SELECT type, subject, aggregate_type, data::text AS data FROM outbox_event"
                + " WHERE aggregate_id = ?", id.toString())).singleElement().satisfies(row -> {
                    assertThat(row.get("type")).isEqualTo(CREATED);
                    assertThat(row.get("subject")).isEqualTo(id.toString());
                    assertThat(row.get("aggregate_type")).isEqualTo("widget");
                    assertThat(row.get("data")).isEqualTo(
                            "{\"name\": \"" + name + "\", \"caveats\": [], \"classification\": \"OFFICIAL\"}");
                });
        assertThat(db.rows("SELECT operation, subject, client_id, record_type, outcome FROM audit_log"
                + " WHERE record_ids @> ARRAY[?::text]", id.toString())).singleElement().satisfies(row -> {
                    assertThat(row.get("operation")).isEqualTo("COLLECTION");
                    assertThat(row.get("subject")).isEqualTo("service-account-wmp");
                    assertThat(row.get("client_id")).isEqualTo("force-wmp");
                    assertThat(row.get("record_type")).isEqualTo("widget");
                    assertThat(row.get("outcome")).isEqualTo("SUCCESS");
                });
        try (EventReader reader = new EventReader()) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(reader.pollKeys(Set.of(id.toString())))
                    .singleElement().satisfies(event -> assertThat(event.value().getType()).isEqualTo(CREATED)));
        }
    }

    @Test
    void aRecordAlreadyThereWritesNothing() {
        String name = "again-" + UUID.randomUUID();
        assertThat(write(UUID.randomUUID(), name, "MAJOR")).isTrue();
        UUID second = UUID.randomUUID();

        assertThat(write(second, name, "MINOR")).isFalse();

        assertThat(db.count("SELECT count(*) FROM widget WHERE name = ?", name)).isOne();
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", second.toString())).isZero();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE record_ids @> ARRAY[?::text]", second.toString()))
                .isZero();
    }

    @Test
    void aFurtherWriteGoesWithANewRecordOnly() {
        String impact = "counted-" + UUID.randomUUID();
        String first = "first-" + UUID.randomUUID();
        NewRecordWriter.Also count = new NewRecordWriter.Also("INSERT INTO widget_count AS c (impact, widgets)"
                + " SELECT ?, 1 FROM new_record ON CONFLICT (impact) DO UPDATE SET widgets = c.widgets + 1",
                (statement, next) -> {
                    statement.setString(next, impact);
                    return next + 1;
                });

        assertThat(write(UUID.randomUUID(), first, impact, count)).isTrue();
        assertThat(write(UUID.randomUUID(), "second-" + UUID.randomUUID(), impact, count)).isTrue();
        assertThat(write(UUID.randomUUID(), first, impact, count)).isFalse();

        assertThat(db.count("SELECT widgets FROM widget_count WHERE impact = ?", impact)).isEqualTo(2);
    }

    @Test
    void racingInsertsOfOneRecordWriteItOnce() throws Exception {
        String name = "race-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var results = pool.invokeAll(java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<Boolean>) () -> write(UUID.randomUUID(), name, "MAJOR")).toList());
            long created = 0;
            for (Future<Boolean> result : results) {
                created += result.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(created).isOne();
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.count("SELECT count(*) FROM outbox_event o JOIN widget w ON o.aggregate_id = w.id::text"
                + " WHERE w.name = ?", name)).isOne();
    }

    @Test
    void insideATransactionItRollsBackWithIt() {
        String name = "rolled-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(write(id, name, "MAJOR")).isTrue();
            throw new IllegalStateException("the caller's change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(db.count("SELECT count(*) FROM widget WHERE name = ?", name)).isZero();
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", id.toString())).isZero();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE record_ids @> ARRAY[?::text]", id.toString())).isZero();
    }

    @Test
    void aFailedInsertWritesNothing() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> writer.insert(INSERT, (statement, first) -> {
            statement.setObject(first, id);
            statement.setString(first + 1, "null-impact-" + id);
            statement.setString(first + 2, null);
            return first + 3;
        }, new AnyEvent("widget", id.toString(), CREATED, SecurityMarking.OFFICIAL, Map.of()),
                AuditEntry.of(AuditOperation.COLLECTION, "widget", id.toString()), FORCE_SYSTEM))
                .isInstanceOf(OutboxException.class);
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", id.toString())).isZero();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE record_ids @> ARRAY[?::text]", id.toString())).isZero();
    }

    private boolean write(UUID id, String name, String impact, NewRecordWriter.Also... also) {
        return writer.insert(INSERT, (statement, first) -> {
            statement.setObject(first, id);
            statement.setString(first + 1, name);
            statement.setString(first + 2, impact);
            return first + 3;
        }, new AnyEvent("widget", id.toString(), CREATED, SecurityMarking.OFFICIAL, Map.of("name", name)),
                AuditEntry.of(AuditOperation.COLLECTION, "widget", id.toString()), FORCE_SYSTEM, also);
    }
}
