package uk.police.wm.rcs.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.audit.AuditEntry;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.batch.BatchRecordType.Written;
import uk.police.wm.rcs.platform.batch.Outcome;
import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import uk.police.wm.rcs.platform.support.AnyEvent;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.support.Db;
import uk.police.wm.rcs.platform.testapp.Impact;
import uk.police.wm.rcs.platform.testapp.MarkedNote;
import uk.police.wm.rcs.platform.testapp.Widget;

/**
 * The one intake flow against PostgreSQL: the row written from the entity's mapping with its event and audit entry,
 * the original answered for the same content, the type's 409 for other content, single and in a batch's chunk.
 */
@QuarkusTest
class NewRecordIntakeTest {

    private static final Caller FORCE_SYSTEM = new Caller("service-account-wmp", "force-wmp",
            Set.of("force-recorder"), Optional.of(Force.WMP), Classification.OFFICIAL, Set.of());

    /** A widget's checked content: its natural key (name) and what it says. */
    record WidgetContent(String name, Impact impact) {
    }

    @Inject
    NewRecordIntake intake;

    @Inject
    EntityRows rows;

    @Inject
    DataSource dataSource;

    private Db db;
    private Widgets widgets;

    @BeforeEach
    void setUp() {
        db = new Db(dataSource);
        widgets = new Widgets();
    }

    @Test
    void aNewRecordIsInsertedFromItsEntitysMappingWithItsEventAndEntry() {
        String name = "intake-" + UUID.randomUUID();

        NewRecordIntake.Taken<Widget> taken = intake.take(widgets, new WidgetContent(name, Impact.MAJOR), FORCE_SYSTEM);

        assertThat(taken.created()).isTrue();
        Widget stored = QuarkusTransaction.requiringNew().call(() -> Widget.<Widget>findById(taken.record().id));
        assertThat(stored.name).isEqualTo(name);
        assertThat(stored.impact).isEqualTo(Impact.MAJOR);
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", stored.id.toString())).isOne();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE record_ids @> ARRAY[?::text]", stored.id.toString()))
                .isOne();
    }

    @Test
    void theSameContentAgainIsAnsweredWithTheOriginalAndWritesNothing() {
        String name = "replay-" + UUID.randomUUID();
        Widget original = intake.take(widgets, new WidgetContent(name, Impact.MINOR), FORCE_SYSTEM).record();

        NewRecordIntake.Taken<Widget> again = intake.take(widgets, new WidgetContent(name, Impact.MINOR), FORCE_SYSTEM);

        assertThat(again.created()).isFalse();
        assertThat(again.record().id).isEqualTo(original.id);
        assertThat(db.count("SELECT count(*) FROM widget WHERE name = ?", name)).isOne();
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_type = 'widget' AND data->>'name' = ?",
                name)).isOne();
    }

    @Test
    void otherContentUnderTheSameKeyIsTheTypesConflict() {
        String name = "conflict-" + UUID.randomUUID();
        intake.take(widgets, new WidgetContent(name, Impact.MINOR), FORCE_SYSTEM);

        assertThatThrownBy(() -> intake.take(widgets, new WidgetContent(name, Impact.MAJOR), FORCE_SYSTEM))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409));
        assertThat(db.count("SELECT count(*) FROM widget WHERE name = ?", name)).isOne();
    }

    @Test
    void inABatchChunkTheOutcomeSaysTheSameInItsWords() {
        String name = "chunk-" + UUID.randomUUID();
        Written first = QuarkusTransaction.requiringNew().call(() -> intake.write(widgets,
                new WidgetContent(name, Impact.NONE), FORCE_SYSTEM, "name"));
        Written same = QuarkusTransaction.requiringNew().call(() -> intake.write(widgets,
                new WidgetContent(name, Impact.NONE), FORCE_SYSTEM, "name"));
        Written other = QuarkusTransaction.requiringNew().call(() -> intake.write(widgets,
                new WidgetContent(name, Impact.MAJOR), FORCE_SYSTEM, "name"));

        assertThat(first.outcome()).isEqualTo(Outcome.CREATED);
        assertThat(same.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(same.recordId()).isEqualTo(first.recordId());
        assertThat(other.outcome()).isEqualTo(Outcome.PROBLEM);
        assertThat(other.problem().status()).isEqualTo(409);
        assertThat(other.problem().extensions()).containsEntry("field", "name");
    }

    @Test
    void aRecordNotAboutPeopleIsWrittenWithoutAnAuditEntry() {
        String name = "unaudited-" + UUID.randomUUID();
        Widgets unaudited = new Widgets() {
            @Override
            public AuditEntry collected(Widget record) {
                return null;
            }
        };

        Widget w = intake.take(unaudited, new WidgetContent(name, Impact.MAJOR), FORCE_SYSTEM).record();

        assertThat(db.count("SELECT count(*) FROM widget WHERE id = ?", w.id)).isOne();
        assertThat(db.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", w.id.toString())).isOne();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE record_ids @> ARRAY[?::text]", w.id.toString()))
                .isZero();
    }

    @Test
    void aMarkedEntitysRowBindsItsMarkingAndDates() throws Exception {
        EntityRow<MarkedNote> notes = rows.of(MarkedNote.class, "id");
        MarkedNote note = new MarkedNote();
        note.id = UUID.randomUUID();
        note.writtenOn = LocalDate.of(2019, 2, 28);
        note.body = "a note";
        note.mark(SecurityMarking.of(Classification.SECRET, Set.of("UK_EYES_ONLY", "ALPHA")));

        try (var connection = dataSource.getConnection()) {
            notes.insertAll(connection, java.util.List.of(note));
        }

        MarkedNote stored = QuarkusTransaction.requiringNew().call(() -> MarkedNote.<MarkedNote>findById(note.id));
        assertThat(stored.writtenOn).isEqualTo(note.writtenOn);
        assertThat(stored.body).isEqualTo("a note");
        assertThat(stored.marking()).isEqualTo(note.marking());
        assertThat(notes.insert()).startsWith("INSERT INTO marked_note (").contains("written_on", "caveats");
    }

    /** Widgets as a record type taken in by name. */
    static class Widgets implements NewRecordType<WidgetContent, Widget> {

        @Override
        public NaturalKey<Widget> naturalKey() {
            return NaturalKey.of(Widget.class, "name");
        }

        @Override
        public Widget newRecord(WidgetContent checked, String fingerprint, Caller caller) {
            Widget w = new Widget();
            w.id = UUID.randomUUID();
            w.name = checked.name();
            w.impact = checked.impact();
            return w;
        }

        @Override
        public OutboxEvent createdEvent(Widget record) {
            return new AnyEvent("widget", record.id.toString(), "uk.police.wm.test.widget.created.v1",
                    SecurityMarking.OFFICIAL, Map.of("name", record.name));
        }

        @Override
        public AuditEntry collected(Widget record) {
            return AuditEntry.of(AuditOperation.COLLECTION, "widget", record.id.toString());
        }

        @Override
        public String fingerprint(Widget original) {
            return Fingerprint.of(new WidgetContent(original.name, original.impact));
        }

        @Override
        public ProblemException conflict(Widget original, WidgetContent checked, Caller caller) {
            return Problems.conflict("natural-key-conflict", "Widget already there with other content",
                    "Widget " + original.name + " says something else.");
        }
    }
}
