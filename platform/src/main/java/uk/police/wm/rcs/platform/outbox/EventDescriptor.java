package uk.police.wm.rcs.platform.outbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * What an event record declares of itself ({@link OutboxEvent.Type}, {@link OutboxEvent.Key}), read once per class:
 * a record that declares neither and does not answer the methods itself is a programming error, named here.
 */
record EventDescriptor(Class<?> event, String declaredType, String declaredAggregate, Method key) {

    private static final ClassValue<EventDescriptor> DESCRIPTORS = new ClassValue<>() {
        @Override
        protected EventDescriptor computeValue(Class<?> event) {
            OutboxEvent.Type type = event.getAnnotation(OutboxEvent.Type.class);
            List<RecordComponent> keys = event.isRecord() ? Arrays.stream(event.getRecordComponents())
                    .filter(c -> c.isAnnotationPresent(OutboxEvent.Key.class)).toList() : List.of();
            if (keys.size() > 1) {
                throw new IllegalStateException(event.getName() + " marks more than one component as its key");
            }
            Method key = keys.isEmpty() ? null : keys.get(0).getAccessor();
            if (key != null) {
                key.setAccessible(true);
            }
            return new EventDescriptor(event, type == null ? null : type.value(), type == null ? null : type.aggregate(),
                    key);
        }
    };

    static EventDescriptor of(Class<?> event) {
        return DESCRIPTORS.get(event);
    }

    String type() {
        return declared(declaredType);
    }

    String aggregate() {
        return declared(declaredAggregate);
    }

    /** The key component's value as text (an enum by its name), or null when it is null. */
    String key(OutboxEvent event) {
        if (key == null) {
            throw new IllegalStateException(event.getClass().getName() + " marks no component @OutboxEvent.Key"
                    + " and does not override aggregateId()");
        }
        try {
            Object value = key.invoke(event);
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the key of " + event.getClass().getName(), e);
        }
    }

    private String declared(String value) {
        if (value == null) {
            throw new IllegalStateException(event.getName() + " declares no type and aggregate: annotate it"
                    + " @OutboxEvent.Type");
        }
        return value;
    }
}
