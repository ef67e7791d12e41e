package uk.police.wm.rcs.gateway.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The governance cache serves a value only at the read-model version it was computed at, and stays bounded. */
class VersionedCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute() {
        return "value-" + computed.incrementAndGet();
    }

    @Test
    void aValueIsReusedAtTheSameVersionAndComputedAgainAtANewOne() {
        VersionedCache<String, String> cache = new VersionedCache<>(10);
        assertThat(cache.get("v1", "2018-19/Q1", this::compute)).isEqualTo("value-1");
        assertThat(cache.get("v1", "2018-19/Q1", this::compute)).isEqualTo("value-1");
        assertThat(cache.get("v1", "2018-19/Q2", this::compute)).isEqualTo("value-2");
        assertThat(cache.get("v2", "2018-19/Q1", this::compute)).isEqualTo("value-3");
        assertThat(cache.get("v1", "2018-19/Q1", this::compute)).isEqualTo("value-4"); // never an older generation
    }

    @Test
    void pastItsSizeItStartsAgain() {
        VersionedCache<Integer, String> cache = new VersionedCache<>(2);
        cache.get("v", 1, this::compute);
        cache.get("v", 2, this::compute);
        cache.get("v", 3, this::compute);
        assertThat(cache.get("v", 3, this::compute)).isEqualTo("value-3");
        assertThat(cache.get("v", 1, this::compute)).isEqualTo("value-4");
    }
}
