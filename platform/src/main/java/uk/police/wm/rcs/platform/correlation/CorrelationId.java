package uk.police.wm.rcs.platform.correlation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The current request's correlation id: accepted from {@code X-Correlation-Id} or generated, kept in the MDC.
 */
public final class CorrelationId {

    /** Request and response header. */
    public static final String HEADER = "X-Correlation-Id";
    /** MDC key; use {@code %X{correlationId}} in the log format. */
    public static final String MDC_KEY = "correlationId";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private CorrelationId() {
    }

    /** The id of the request being served on this thread or Vert.x context, if any. */
    public static Optional<String> current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? Optional.empty() : Optional.of(value.toString());
    }

    /** The client's id when it is 1-64 characters of {@code [A-Za-z0-9._-]}, else a new random UUID. */
    public static String acceptOrGenerate(String offered) {
        return isValid(offered) ? offered : generate();
    }

    public static boolean isValid(String candidate) {
        return candidate != null && VALID.matcher(candidate).matches();
    }

    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs {@code work} with {@code id} as the current correlation id (for background work that continues a
     * request, e.g. a consumer handling an event), restoring the previous one afterwards.
     */
    public static void runWith(String id, Runnable work) {
        Object previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            work.run();
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }
}
