package uk.police.wm.rcs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Keyset.Direction;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.testapp.MarkedNote;

/** The one marking model against a real PostgreSQL: stored shape, need-to-know SQL, the write rule, keyset pages. */
@QuarkusTest
class MarkedRecordsTest {

    private static final SecurityMarking OFFICIAL = SecurityMarking.OFFICIAL;
    private static final SecurityMarking SENSITIVE = SecurityMarking.of(Classification.OFFICIAL_SENSITIVE);
    private static final SecurityMarking SENSITIVE_EYES = SecurityMarking.of(Classification.OFFICIAL_SENSITIVE,
            "UK_EYES_ONLY");
    private static final SecurityMarking SECRET_TWO = SecurityMarking.of(Classification.SECRET, "UK_EYES_ONLY",
            "O\"DD,CAVEAT");

    @Inject
    EntityManager em;

    private String run;

    @BeforeEach
    void writeNotes() {
        run = UUID.randomUUID().toString();
        LocalDate day = LocalDate.of(2018, 4, 1);
        List<SecurityMarking> markings = List.of(OFFICIAL, SENSITIVE, SENSITIVE_EYES, SECRET_TWO);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 12; i++) {
                MarkedNote note = new MarkedNote();
                note.id = UUID.randomUUID();
                note.writtenOn = day.plusDays(i / 2);
                note.body = run;
                note.mark(markings.get(i % markings.size()));
                note.persist();
            }
        });
    }

    private static Caller caller(Classification clearance, String... caveats) {
        return new Caller("reader", null, Set.of(), Optional.empty(), clearance, Set.of(caveats));
    }

    private List<MarkedNote> all(Caller caller, Direction direction, int limit) {
        Keyset.Order<MarkedNote> order = Keyset.Order.byDateThenId("written_on", n -> n.writtenOn, n -> n.id,
                direction);
        List<MarkedNote> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        while (true) {
            PageRequest current = request;
            Page<MarkedNote> page = QuarkusTransaction.requiringNew().call(() -> Keyset.page(em, MarkedNote.class,
                    "marked_note", SqlFilter.visibleTo(caller).and("body = :run", "run", run), order, current));
            seen.addAll(page.items());
            if (page.nextCursor() == null) {
                return seen;
            }
            request = PageRequest.of(limit, page.nextCursor());
        }
    }

    @Test
    void caveatsRoundTripAsATextArray() {
        MarkedNote stored = QuarkusTransaction.requiringNew().call(() -> MarkedNote
                .<MarkedNote>find("body = ?1 and classification = ?2", run, Classification.SECRET).firstResult());
        assertThat(stored.marking()).isEqualTo(SECRET_TWO);
        assertThat(stored.caveats).containsExactly("O\"DD,CAVEAT", "UK_EYES_ONLY");
    }

    @Test
    void listsHoldExactlyWhatTheReaderIsCoveredFor() {
        for (Caller reader : List.of(caller(Classification.OFFICIAL), caller(Classification.OFFICIAL_SENSITIVE),
                caller(Classification.OFFICIAL_SENSITIVE, "UK_EYES_ONLY"), caller(Classification.SECRET),
                caller(Classification.SECRET, "UK_EYES_ONLY"), caller(Classification.SECRET, "UK_EYES_ONLY",
                        "O\"DD,CAVEAT"))) {
            List<MarkedNote> seen = all(reader, Direction.DESCENDING, 5);
            long expected = 12 / 4 * List.of(OFFICIAL, SENSITIVE, SENSITIVE_EYES, SECRET_TWO).stream()
                    .filter(m -> Visibility.canSee(reader, m)).count();
            assertThat(seen).as(reader.toString()).hasSize((int) expected)
                    .allSatisfy(n -> assertThat(Visibility.canSee(reader, n.marking())).isTrue());
        }
    }

    @Test
    void keysetPagesInBothDirectionsWithoutGapsOrRepeats() {
        Caller everything = caller(Classification.SECRET, "UK_EYES_ONLY", "O\"DD,CAVEAT");
        List<MarkedNote> newestFirst = all(everything, Direction.DESCENDING, 5);
        List<MarkedNote> oldestFirst = all(everything, Direction.ASCENDING, 3);
        assertThat(newestFirst).hasSize(12).extracting(n -> n.id).doesNotHaveDuplicates();
        assertThat(newestFirst).extracting(n -> n.writtenOn).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(oldestFirst).extracting(n -> n.id)
                .containsExactlyElementsOf(reversed(newestFirst.stream().map(n -> n.id).toList()));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void nobodyMarksARecordAboveWhatTheyCouldReadBack() {
        Caller analyst = caller(Classification.OFFICIAL_SENSITIVE);
        assertThat(Visibility.requireMayMark(analyst, SENSITIVE)).isEqualTo(SENSITIVE);
        assertThatThrownBy(() -> Visibility.requireMayMark(analyst, SENSITIVE_EYES))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.slug()).isEqualTo("marking-above-clearance");
                    assertThat(p.extensions()).containsEntry("field", "caveats");
                });
        assertThatThrownBy(() -> Visibility.requireMayMark(analyst, SecurityMarking.of(Classification.SECRET)))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.extensions()).containsEntry("field", "classification"));
    }
}
