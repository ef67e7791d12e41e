package uk.police.wm.rcs.platform.intake;

import java.util.List;

/**
 * Where a record type is stored and what identifies a record of it: the entity, and the attributes a unique index
 * holds exactly (a force's source record id, an Action Fraud reference).
 */
public record NaturalKey<E>(Class<E> entity, List<String> attributes) {

    public static <E> NaturalKey<E> of(Class<E> entity, String... attributes) {
        return new NaturalKey<>(entity, List.of(attributes));
    }
}
