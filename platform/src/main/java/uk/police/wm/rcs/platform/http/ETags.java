package uk.police.wm.rcs.platform.http;

import java.util.OptionalLong;

import jakarta.ws.rs.core.EntityTag;

import uk.police.wm.rcs.platform.problem.Problems;

/**
 * Strong ETags from a version number (e.g. JPA {@code @Version}) and the {@code If-Match} check for updates.
 */
public final class ETags {

    private ETags() {
    }

    /** {@code "<version>"}, for the {@code ETag} header. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The same as a JAX-RS {@link EntityTag}, for {@code Response.ok(...).tag(...)}. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks {@code If-Match} against the current version: 428 when the header is missing, 412 when it names another
     * version. {@code *} matches any existing version; weak tags never match (RFC 9110 strong comparison).
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired(
                    "This update must be conditional: send If-Match with the ETag from your last read.");
        }
        if (!matches(ifMatch, currentVersion)) {
            throw Problems.preconditionFailed(
                    "The resource has changed since you read it (If-Match does not match its current ETag); "
                            + "read it again and retry.");
        }
    }

    /** True when {@code ifMatch} (one tag, a comma-separated list, or {@code *}) matches the version. */
    public static boolean matches(String ifMatch, long currentVersion) {
        String current = Long.toString(currentVersion);
        for (String part : ifMatch.split(",")) {
            String tag = part.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                    && tag.substring(1, tag.length() - 1).equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** The version named by a single strong tag ({@code "7"} → 7), if it is one. */
    public static OptionalLong versionOf(String etag) {
        if (etag == null) {
            return OptionalLong.empty();
        }
        String tag = etag.trim();
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
