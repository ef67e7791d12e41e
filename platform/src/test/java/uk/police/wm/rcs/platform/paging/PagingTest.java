package uk.police.wm.rcs.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import uk.police.wm.rcs.platform.problem.ProblemException;

class PagingTest {

    @Test
    void defaultsAndLimits() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(50, java.util.Optional.empty()));
        assertThat(PageRequest.of(500, null).limit()).isEqualTo(500);
        assertThat(PageRequest.parse("7", "").limit()).isEqualTo(7);
        assertThat(PageRequest.of(10, null).fetchSize()).isEqualTo(11);
        for (String bad : new String[] { "501", "0", "-1", "abc", "1.5" }) {
            assertThatThrownBy(() -> PageRequest.parse(bad, null)).as(bad)
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(400);
                        assertThat(p.slug()).isEqualTo("invalid-limit");
                    });
        }
    }

    @Test
    void cursorRoundTripsAndIsOpaqueBase64Url() {
        Cursor cursor = new Cursor("2018-04-01T10:00:00Z", "42");
        String encoded = cursor.encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain("42");
        assertThat(Cursor.decode(encoded)).isEqualTo(cursor);
        assertThat(PageRequest.of(5, encoded).after()).contains(cursor);
    }

    @Test
    void tamperedCursorIs400() {
        for (String bad : new String[] { "!!!", "aGVsbG8", new Cursor("a", "b").encode() + "x" }) {
            assertThatThrownBy(() -> Cursor.decode(bad)).as(bad).isInstanceOfSatisfying(ProblemException.class,
                    p -> assertThat(p.slug()).isEqualTo("invalid-cursor"));
        }
    }

    @Test
    void pageDropsTheLookAheadRowAndPointsAfterTheLastKept() {
        List<Integer> fetched = IntStream.rangeClosed(1, 11).boxed().toList();
        Page<Integer> page = Page.of(fetched, PageRequest.of(10, null), n -> new Cursor("k" + n, "" + n));
        assertThat(page.items()).hasSize(10).endsWith(10);
        assertThat(Cursor.decode(page.nextCursor())).isEqualTo(new Cursor("k10", "10"));

        Page<Integer> last = Page.of(List.of(1, 2), PageRequest.of(10, null), n -> new Cursor("k", "" + n));
        assertThat(last.nextCursor()).isNull();
        assertThat(last.map(n -> "#" + n).items()).containsExactly("#1", "#2");
    }
}
