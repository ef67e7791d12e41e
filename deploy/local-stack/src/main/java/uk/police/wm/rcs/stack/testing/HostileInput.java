package uk.police.wm.rcs.stack.testing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Issue 13 at one endpoint of a service: the hostile variants of a valid JSON body that every endpoint must refuse
 * with a 400 problem naming what was wrong, and nothing written. Each service's test names the endpoint, a valid body
 * and which of its fields are free text, dates and numbers; its endpoint-specific cases go through {@link #refused}.
 */
public final class HostileInput {

    /** 10,000 levels of nesting. */
    public static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
    public static final String PROBLEM_TYPES = "https://rcs.wm.police.uk/problems/";
    /** A member no request has. */
    public static final String UNKNOWN_MEMBER = "unexpectedMember";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOLE = "@@hostile@@";

    static {
        // a refused variant's failure shows what was sent and what came back
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** One hostile body; {@code slug} and {@code field} are what its problem must name (null: not checked). */
    public record Variant(String what, String body, String slug, String field) {
    }

    private final Method method;
    private final String path;
    private final Supplier<RequestSpecification> caller;
    private final ObjectNode valid;
    private final List<Variant> variants = new ArrayList<>();

    private HostileInput(Method method, String path, Supplier<RequestSpecification> caller, ObjectNode valid) {
        this.method = method;
        this.path = path;
        this.caller = caller;
        this.valid = valid.deepCopy();
        String body = write(this.valid);
        add("nesting 10,000 deep", "{\"x\":" + DEEP + "," + body.substring(1), null, null);
        add("a member the request does not have", "{\"" + UNKNOWN_MEMBER + "\":\"x\"," + body.substring(1),
                "unknown-field", UNKNOWN_MEMBER);
        add("an array for the object", "[" + body + "]", "invalid-type", null);
        add("null for the object", "null", null, null);
        add("truncated", body.substring(0, body.indexOf(':') + 1), "malformed-json", null);
    }

    /** The endpoint, called as {@code caller} (a fresh specification each time, e.g. with a bearer token). */
    public static HostileInput at(Method method, String path, Supplier<RequestSpecification> caller, ObjectNode valid) {
        return new HostileInput(method, path, caller, valid);
    }

    /** A free-text field at the top of the body: control, formatting, over-long, duplicate and wrongly typed values. */
    public HostileInput text(String field) {
        String value = valid.path(field).asText();
        String quoted = JSON.valueToTree(value).toString();
        String inner = quoted.substring(1, quoted.length() - 1);
        with(field, "NUL", "\"" + inner + "\\u0000\"", "invalid-character");
        with(field, "a raw right-to-left override", "\"" + inner + "\u202e\"", "invalid-character");
        for (String escaped : new String[] { "\\u202e", "\\u2066", "\\u2067", "\\u2068", "\\u200f", "\\u0085",
                "\\u007f" }) {
            with(field, escaped, "\"" + inner + escaped + "\"", "invalid-character");
        }
        with(field, "100,000 characters", "\"" + "x".repeat(100_000) + "\"", "value-too-long");
        with(field, "a number for a string", "12345", "invalid-type");
        with(field, "a boolean for a string", "true", "invalid-type");
        with(field, "a duplicate member", quoted + ",\"" + field + "\":\"again\"", "duplicate-field");
        return this;
    }

    /** A date or instant field at the top of the body, written with a four-digit year: years out of range. */
    public HostileInput date(String field) {
        String value = valid.path(field).asText();
        for (String year : new String[] { "-9999", "+99999" }) {
            with(field, "year " + year, "\"" + year + value.substring(4) + "\"", "date-out-of-range");
        }
        return this;
    }

    /** A number field at the top of the body: a string for the number. */
    public HostileInput number(String field) {
        with(field, "a string for a number", "\"" + valid.path(field).asText() + "\"", "invalid-type");
        return this;
    }

    /** An integer field at the top of the body: a fraction (refused, not truncated) and a string. */
    public HostileInput integer(String field) {
        with(field, "a fraction for an integer", "2.5", "invalid-type");
        return number(field);
    }

    /** An endpoint-specific variant, sent with the others. */
    public HostileInput also(String what, String body, String slug, String field) {
        add(what, body, slug, field);
        return this;
    }

    /** Every variant is refused (see {@link #refused}) and the row count is what it was before. */
    public void assertEveryVariantRefused(LongSupplier rows) {
        long before = rows.getAsLong();
        for (Variant variant : variants) {
            refused(variant.what(), variant.body(), variant.slug(), variant.field());
        }
        long after = rows.getAsLong();
        if (after != before) {
            throw new AssertionError(method + " " + path + ": " + (after - before) + " rows written by refused bodies");
        }
    }

    /** The body is refused: 400 problem+json of one of our types, {@code slug} and {@code field} when given. */
    public ValidatableResponse refused(String what, String body, String slug, String field) {
        ValidatableResponse response = caller.get().contentType(ContentType.JSON).body(body).request(method, path)
                .then();
        try {
            response.statusCode(400).contentType("application/problem+json").body("type", startsWith(PROBLEM_TYPES));
            if (slug != null) {
                response.body("type", equalTo(PROBLEM_TYPES + slug));
            }
            if (field != null) {
                response.body("field", equalTo(field));
            }
        } catch (AssertionError e) {
            throw new AssertionError(method + " " + path + " with " + what + ": " + e.getMessage(), e);
        }
        return response;
    }

    /** The row count of a table, as {@link #assertEveryVariantRefused} takes it. */
    public static LongSupplier rows(DataSource dataSource, String table) {
        return () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private void with(String field, String what, String json, String slug) {
        ObjectNode holed = valid.deepCopy();
        holed.put(field, HOLE);
        add(field + ": " + what, write(holed).replace("\"" + HOLE + "\"", json), slug, field);
    }

    private void add(String what, String body, String slug, String field) {
        variants.add(new Variant(what, body, slug, field));
    }

    private static String write(ObjectNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
