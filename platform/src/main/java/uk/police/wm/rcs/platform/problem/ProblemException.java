package uk.police.wm.rcs.platform.problem;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An error a service raises to answer with an RFC 9457 problem; see {@link Problems} for the usual ones.
 */
public class ProblemException extends RuntimeException {

    /** Every problem {@code type} is this base followed by the slug (a name, never fetched). */
    public static final String TYPE_BASE = "https://rcs.wm.police.uk/problems/";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9-]+");

    private final int status;
    private final String slug;
    private final String title;
    private final String detail;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, Map.of(), Map.of());
    }

    public ProblemException(int status, String slug, String title, String detail, Map<String, ?> extensions) {
        this(status, slug, title, detail, extensions, Map.of());
    }

    private ProblemException(int status, String slug, String title, String detail, Map<String, ?> extensions,
            Map<String, String> headers) {
        // stack traces are never shown to clients and these are expected outcomes: skip filling them in
        super(detail, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("problem status must be 4xx or 5xx: " + status);
        }
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("problem slug must be lower-case words joined by '-': " + slug);
        }
        this.status = status;
        this.slug = slug;
        this.title = Objects.requireNonNull(title, "title");
        this.detail = detail;
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * A copy with one more extension member in the body (e.g. {@code violations}, {@code currentVersion});
     * a {@code null} value leaves the member out.
     */
    public ProblemException with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        if (value == null) {
            more.remove(Objects.requireNonNull(member, "member"));
        } else {
            more.put(Objects.requireNonNull(member, "member"), value);
        }
        return new ProblemException(status, slug, title, detail, more, headers);
    }

    /** A copy with one more response header (e.g. {@code Retry-After}). */
    public ProblemException withHeader(String name, String value) {
        if (name == null || !HEADER_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad header name: " + name);
        }
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, Objects.requireNonNull(value, "value"));
        return new ProblemException(status, slug, title, detail, extensions, more);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
