package uk.police.wm.rcs.platform.intake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one notion of "the same record" for records taken in by natural key: a SHA-256 over the fields of the checked
 * (normalised) request, in the order the record declares them. Two posts under one natural key are the same record
 * exactly when their fingerprints match; a service compares the fingerprint of a new post with its original's.
 */
public final class Fingerprint {

    /** Separates the fields (a unit separator, which input rules never let into text). */
    private static final String SEPARATOR = "\u001f";

    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private Fingerprint() {
    }

    /**
     * The fingerprint of a checked request: each field as text ({@code null} for none, except at the end, where empty
     * fields are left out), a set of values sorted (its order says nothing), a list joined in its order, a decimal
     * without trailing zeros (10.5 and 10.50 are one amount).
     */
    public static String of(Record content) {
        Method[] accessors = ACCESSORS.get(content.getClass());
        Object[] values = new Object[accessors.length];
        int length = 0;
        for (int i = 0; i < accessors.length; i++) {
            values[i] = value(accessors[i], content);
            length = values[i] == null ? length : i + 1;
        }
        // fields left empty at the end say nothing: a nullable field added at the end of a request keeps the
        // fingerprints that records stored before it keep (rocu's content_hash)
        String[] fields = new String[length];
        for (int i = 0; i < length; i++) {
            fields[i] = text(values[i]);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(SEPARATOR, fields).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Method accessor, Record content) {
        try {
            return accessor.invoke(content);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + content.getClass(), e);
        }
    }

    private static String text(Object value) {
        if (value instanceof Set<?> set) {
            return set.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
