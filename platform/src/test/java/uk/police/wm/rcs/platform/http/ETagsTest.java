package uk.police.wm.rcs.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import uk.police.wm.rcs.platform.problem.ProblemException;

class ETagsTest {

    @Test
    void strongTagOfTheVersion() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.tag(7).isWeak()).isFalse();
        assertThat(ETags.tag(7).getValue()).isEqualTo("7");
        assertThat(ETags.versionOf("\"7\"")).hasValue(7);
        assertThat(ETags.versionOf("W/\"7\"")).isEmpty();
        assertThat(ETags.versionOf("7")).isEmpty();
    }

    @Test
    void missingIfMatchIs428() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 3)).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.status()).isEqualTo(428));
        assertThatThrownBy(() -> ETags.requireMatch("  ", 3)).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.slug()).isEqualTo("precondition-required"));
    }

    @Test
    void otherVersionIs412() {
        assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3)).isInstanceOfSatisfying(ProblemException.class,
                p -> {
                    assertThat(p.status()).isEqualTo(412);
                    assertThat(p.slug()).isEqualTo("precondition-failed");
                });
        // If-Match uses strong comparison: a weak tag never matches
        assertThatThrownBy(() -> ETags.requireMatch("W/\"3\"", 3)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> ETags.requireMatch("3", 3)).isInstanceOf(ProblemException.class);
    }

    @Test
    void matchingVersionListOrStarPasses() {
        assertThatCode(() -> ETags.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("*", 3)).doesNotThrowAnyException();
    }
}
