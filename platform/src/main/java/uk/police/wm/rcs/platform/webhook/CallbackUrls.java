package uk.police.wm.rcs.platform.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.problem.Problems;

/**
 * The rule for a webhook's callback URL, minded of server-side request forgery: an absolute {@code https} URL with
 * a host, no user name or password in it (they would be stored and logged as text) and no fragment; plain
 * {@code http} only to this machine's loopback address, for tests and local receivers.
 */
public final class CallbackUrls {

    /** The longest URL accepted (the column's size). */
    public static final int MAX_LENGTH = 2000;

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private CallbackUrls() {
    }

    /**
     * The URL, checked; 422 naming {@code field} when it breaks the rule.
     *
     * @param loopbackOnly accept only callbacks to this machine's loopback address (local stack and tests)
     */
    public static URI require(String url, String field, boolean loopbackOnly) {
        if (url == null || url.isBlank()) {
            throw refused(field, "Give the callback URL.");
        }
        if (url.length() > MAX_LENGTH) {
            throw refused(field, "The callback URL is longer than " + MAX_LENGTH + " characters.");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused(field, "The callback URL is not a URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || host == null || host.isEmpty()) {
            throw refused(field, "The callback URL must be an absolute https URL with a host.");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(field, "The callback URL must not carry a user name or password.");
        }
        if (uri.getRawFragment() != null) {
            throw refused(field, "The callback URL must not have a fragment.");
        }
        boolean https = scheme.equals("https");
        boolean loopback = LOOPBACK_HOSTS.contains(host);
        boolean loopbackHttp = scheme.equals("http") && loopback;
        if (loopbackOnly && !loopback) {
            throw refused(field, "This installation calls back to 127.0.0.1 or localhost only.");
        }
        if (!https && !loopbackHttp) {
            throw refused(field, "The callback URL must use https (plain http only to 127.0.0.1 or localhost).");
        }
        return uri;
    }

    private static ProblemException refused(String field, String detail) {
        return Problems.unprocessable(detail).with("field", field);
    }
}
