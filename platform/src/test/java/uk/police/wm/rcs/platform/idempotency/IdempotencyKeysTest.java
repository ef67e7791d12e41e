package uk.police.wm.rcs.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void oneTo255PrintableAsciiCharacters() {
        assertThat(IdempotencyKeys.isValid("a")).isTrue();
        assertThat(IdempotencyKeys.isValid("8e03978e-40d5-43e8-bc93-6894a57f9324")).isTrue();
        assertThat(IdempotencyKeys.isValid("night load 2018-04-01 #3")).isTrue();
        assertThat(IdempotencyKeys.isValid("x".repeat(255))).isTrue();
        assertThat(IdempotencyKeys.isValid("x".repeat(256))).isFalse();
        assertThat(IdempotencyKeys.isValid("")).isFalse();
        assertThat(IdempotencyKeys.isValid("   ")).isFalse();
        assertThat(IdempotencyKeys.isValid(null)).isFalse();
        assertThat(IdempotencyKeys.isValid("tab\there")).isFalse();
        assertThat(IdempotencyKeys.isValid("caf\u00e9")).isFalse();
    }

    @Test
    void bodyIsReadUpToTheLimitAndHashed() throws Exception {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(IdempotencyFilters.readAtMost(new ByteArrayInputStream(body), 7)).isEqualTo(body);
        assertThat(IdempotencyFilters.readAtMost(new ByteArrayInputStream(body), 6)).isNull();
        assertThat(IdempotencyFilters.sha256("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
