package uk.police.wm.rcs.platform.intake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Makes each entity's {@link EntityRow} once, from the application's Hibernate mapping. */
@ApplicationScoped
public class EntityRows {

    @Inject
    SessionFactory sessionFactory;

    private final Map<NaturalKey<?>, EntityRow<?>> rows = new ConcurrentHashMap<>();

    /** The row of an entity whose natural key is the named attributes (a unique index holds exactly them). */
    public <T> EntityRow<T> of(Class<T> type, String... naturalKey) {
        return of(NaturalKey.of(type, naturalKey));
    }

    /** The row of the key's entity, with the key as its {@code ON CONFLICT} target. */
    @SuppressWarnings("unchecked")
    public <T> EntityRow<T> of(NaturalKey<T> key) {
        return (EntityRow<T>) rows.computeIfAbsent(key, k -> EntityRow.of(
                sessionFactory.unwrap(SessionFactoryImplementor.class), key.entity(),
                key.attributes().toArray(String[]::new)));
    }
}
