package uk.police.wm.rcs.gateway.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.gateway.boardpack.model.PackTable;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.Trend;

/** Tables are ordered by size, largest first, withheld figures after known ones, totals last; codes in words. */
class TablesTest {

    private static Trend trend(String key, Long current) {
        Count count = current == null ? new Count(key, null, true) : new Count(key, current, false);
        Count zero = new Count(key, 0L, false);
        return new Trend(key, count, zero, zero);
    }

    @Test
    void rowsComeLargestFirstWithheldAfterKnownAndTheTotalLast() {
        PackTable table = Tables.trends("Approved disruptions by crime type", "Crime type", List.of(
                trend("ALL", 1234L), trend("CYBERCRIME", 2L), trend("DRUGS", 1200L), trend("FIREARMS", null),
                trend("COUNTY_LINES", 32L)), "none");

        assertThat(table.rows()).extracting(PackTable.Row::label)
                .containsExactly("Drugs", "County lines", "Cybercrime", "Firearms", "All");
        assertThat(table.rows()).extracting(PackTable.Row::key)
                .containsExactly("DRUGS", "COUNTY_LINES", "CYBERCRIME", "FIREARMS", "ALL");
        assertThat(table.rows().get(0).cells()).containsExactly("1,200", "0", "0");
        assertThat(table.rows().get(3).cells().get(0)).isEqualTo("withheld");
        assertThat(table.rows().get(4).total()).isTrue();
    }
}
