package uk.police.wm.rcs.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

import uk.police.wm.rcs.platform.problem.ProblemException;

/**
 * A position in a keyset-paginated list: the last item's sort key and id, sent to clients as opaque base64url.
 */
public record Cursor(String sortKey, String id) {

    private static final char SEPARATOR = '\u0000';
    private static final String VERSION = "c1";

    public Cursor {
        Objects.requireNonNull(sortKey, "sortKey");
        Objects.requireNonNull(id, "id");
        if (sortKey.indexOf(SEPARATOR) >= 0 || id.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("cursor parts must not contain NUL");
        }
    }

    /** The opaque form for {@code nextCursor} and the {@code cursor} query parameter. */
    public String encode() {
        String raw = VERSION + SEPARATOR + sortKey + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a client sent back; 400 {@code invalid-cursor} when it is not one of ours. */
    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
            if (parts.length == 3 && VERSION.equals(parts[0])) {
                return new Cursor(parts[1], parts[2]);
            }
        } catch (IllegalArgumentException e) {
            // fall through to the problem below
        }
        throw invalid();
    }

    /** 400 {@code invalid-cursor}, also for a cursor that decodes but whose parts do not parse. */
    public static ProblemException invalid() {
        return new ProblemException(400, "invalid-cursor", "Invalid cursor",
                "The cursor is not valid; use the nextCursor of a previous page, unchanged.");
    }
}
