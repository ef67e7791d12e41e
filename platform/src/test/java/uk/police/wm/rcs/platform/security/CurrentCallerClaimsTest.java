package uk.police.wm.rcs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class CurrentCallerClaimsTest {

    @Test
    void caveatsClaimMayBeAnArrayAListOrOneString() {
        assertThat(CurrentCaller.strings(Json.createArrayBuilder().add("UK_EYES_ONLY").add("CTU_ONLY").build()))
                .containsExactly("UK_EYES_ONLY", "CTU_ONLY");
        assertThat(CurrentCaller.strings(List.of("A", "B"))).containsExactly("A", "B");
        assertThat(CurrentCaller.strings("UK_EYES_ONLY")).containsExactly("UK_EYES_ONLY");
        assertThat(CurrentCaller.strings(Json.createValue("A B,C"))).containsExactly("A", "B", "C");
        assertThat(CurrentCaller.strings(null)).isEmpty();
        assertThat(CurrentCaller.strings("  ")).isEmpty();
    }
}
