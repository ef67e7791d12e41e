package uk.police.wm.rcs.platform.intake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** Makes each entity's {@link EntityRow} once, from the application's Hibernate mapping. */
@ApplicationScoped
public class EntityRows {

    private record Key(Class<?> type, List<String> naturalKey) {
    }

    @Inject
    SessionFactory sessionFactory;

    private final Map<Key, EntityRow<?>> rows = new ConcurrentHashMap<>();

    /** The row of an entity whose natural key is the named attributes (a unique index holds exactly them). */
    @SuppressWarnings("unchecked")
    public <T> EntityRow<T> of(Class<T> type, String... naturalKey) {
        return (EntityRow<T>) rows.computeIfAbsent(new Key(type, List.of(naturalKey)),
                key -> EntityRow.of(sessionFactory.unwrap(SessionFactoryImplementor.class), type, naturalKey));
    }
}
