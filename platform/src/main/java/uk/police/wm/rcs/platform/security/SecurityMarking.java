package uk.police.wm.rcs.platform.security;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;

/**
 * A record's protective marking: its classification and the handling caveats (e.g. {@code UK_EYES_ONLY}) it carries.
 */
public record SecurityMarking(Classification classification, Set<String> caveats) {

    /** {@code OFFICIAL} without caveats. */
    public static final SecurityMarking OFFICIAL = new SecurityMarking(Classification.OFFICIAL, Set.of());

    public SecurityMarking {
        Objects.requireNonNull(classification, "classification");
        caveats = caveats == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(caveats));
        if (caveats.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new IllegalArgumentException("caveats must not be blank");
        }
    }

    public static SecurityMarking of(Classification classification, String... caveats) {
        return new SecurityMarking(classification, Set.copyOf(Arrays.asList(caveats)));
    }
}
