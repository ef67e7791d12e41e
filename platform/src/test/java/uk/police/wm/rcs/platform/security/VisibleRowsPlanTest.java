package uk.police.wm.rcs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.paging.SqlFilter;

/**
 * PostgreSQL plans a filtered keyset page with the need-to-know condition as a walk of the keyset's index, not as a
 * scan and sort of the whole table: the condition must not make the planner believe almost no row is visible. The
 * plan is read with EXPLAIN (estimates only, nothing timed) over a table where no record carries a caveat, as in a
 * register where caveats are so rare that ANALYZE's sample holds none (the column then has no statistics of its
 * elements, and PostgreSQL falls back to a fixed 0.5 % for {@code <@}).
 */
@QuarkusTest
class VisibleRowsPlanTest {

    private static final int ROWS = 20_000;

    @Inject
    EntityManager em;

    private String table;

    @BeforeEach
    void createAnalysedTable() {
        table = "plan_probe_" + UUID.randomUUID().toString().replace("-", "");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("create table " + table + " (id uuid primary key, seq bigserial unique, kind text"
                    + " not null, classification text not null, caveats text[] not null default '{}')").executeUpdate();
            em.createNativeQuery("insert into " + table + " (id, kind, classification, caveats) select"
                    + " gen_random_uuid(), 'kind-' || (n % 8), 'OFFICIAL_SENSITIVE', '{}' from generate_series(1, "
                    + ROWS + ") n")
                    .executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze " + table).executeUpdate());
    }

    @AfterEach
    void dropTable() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("drop table " + table).executeUpdate());
    }

    @Test
    void aFilteredPageWalksTheKeysetIndexForAReaderWithoutCaveats() {
        assertWalksTheIndex(new Caller("reader", null, Set.of(), Optional.empty(), Classification.SECRET, Set.of()));
    }

    @Test
    void aFilteredPageWalksTheKeysetIndexForAReaderHoldingACaveat() {
        assertWalksTheIndex(new Caller("reader", null, Set.of(), Optional.empty(), Classification.SECRET,
                Set.of("UK_EYES_ONLY")));
    }

    private void assertWalksTheIndex(Caller caller) {
        SqlFilter where = SqlFilter.visibleTo(caller).and("kind = :kind", "kind", "kind-3");
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            Query explain = em.createNativeQuery("explain (format json) select * from " + table + where.sql()
                    + " order by seq limit 51");
            return String.valueOf(where.bind(explain).getSingleResult());
        });
        // an eighth of the rows match: reading the seq index until 51 match beats reading and sorting every row
        assertThat(plan).contains("\"Index Name\": \"" + table + "_seq_key\"").doesNotContain("\"Node Type\": \"Sort\"");
    }
}
