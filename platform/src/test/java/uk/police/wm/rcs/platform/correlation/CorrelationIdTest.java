package uk.police.wm.rcs.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class CorrelationIdTest {

    @Test
    void acceptsOneTo64SafeCharacters() {
        assertThat(CorrelationId.acceptOrGenerate("abc-123_X.y")).isEqualTo("abc-123_X.y");
        assertThat(CorrelationId.acceptOrGenerate("a")).isEqualTo("a");
        String max = "a".repeat(64);
        assertThat(CorrelationId.acceptOrGenerate(max)).isEqualTo(max);
    }

    @Test
    void generatesAUuidOtherwise() {
        for (String bad : new String[] { null, "", "a".repeat(65), "has space", "semi;colon", "new\nline", "é" }) {
            String id = CorrelationId.acceptOrGenerate(bad);
            assertThat(id).isNotEqualTo(bad);
            assertThat(UUID.fromString(id)).isNotNull();
        }
    }

    @Test
    void runWithSetsAndRestoresTheCurrentId() {
        assertThat(CorrelationId.current()).isEmpty();
        CorrelationId.runWith("outer", () -> {
            assertThat(CorrelationId.current()).contains("outer");
            CorrelationId.runWith("inner", () -> assertThat(CorrelationId.current()).contains("inner"));
            assertThat(CorrelationId.current()).contains("outer");
        });
        assertThat(CorrelationId.current()).isEmpty();
    }
}
