package uk.police.wm.rcs.gateway.governance;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed from the read model, kept while its version stays the same: a new version empties the cache, so
 * nothing computed from an older read model is ever served. Bounded: past its size it starts again.
 */
final class VersionedCache<K, V> {

    private record Generation<K, V>(Object version, Map<K, V> values) {
    }

    private final int maxEntries;
    private volatile Generation<K, V> current = new Generation<>(new Object(), new ConcurrentHashMap<>());

    VersionedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value for {@code key} at {@code version}, computing it when this version has not seen it yet. */
    V get(Object version, K key, Supplier<V> compute) {
        Generation<K, V> generation = current;
        if (!Objects.equals(generation.version(), version) || generation.values().size() >= maxEntries) {
            generation = new Generation<>(version, new ConcurrentHashMap<>());
            current = generation;
        }
        V value = generation.values().get(key);
        if (value == null) {
            value = compute.get();
            generation.values().put(key, value);
        }
        return value;
    }
}
