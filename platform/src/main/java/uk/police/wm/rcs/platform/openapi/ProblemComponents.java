package uk.police.wm.rcs.platform.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.idempotency.IdempotencyFilters;
import uk.police.wm.rcs.platform.idempotency.IdempotencyKeys;

/** The shared components every document gets: the problem body, the platform's headers and parameters. */
final class ProblemComponents {

    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String CORRELATION_PARAMETER = "CorrelationId";
    static final String IDEMPOTENCY_PARAMETER = "IdempotencyKey";

    /** Response headers, by the name a response carries them under. */
    static final Map<String, String> HEADERS = Map.of(
            CorrelationId.HEADER, "The request's correlation id (the one sent, or a new one): quote it when reporting"
                    + " a problem.",
            "Location", "Where the record now lives.",
            "ETag", "The record's current version: send it back in If-Match to change the record.",
            "Retry-After", "Seconds to wait before trying again.",
            IdempotencyFilters.REPLAYED_HEADER, "true when this is the stored answer to an earlier request with the"
                    + " same Idempotency-Key (the request was not run again).");

    private ProblemComponents() {
    }

    static void addTo(Components components) {
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema("Violation", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One refused field of a validation-failed problem.")
                .addProperty("field", string("The field as the client names it (items[3].date, a query parameter)."))
                .addProperty("message", string("What is wrong with it.")));
        HEADERS.forEach((name, description) -> components.addHeader(name, OASFactory.createHeader()
                .description(description).schema(headerSchema(name))));
        components.addParameter(CORRELATION_PARAMETER, OASFactory.createParameter().name(CorrelationId.HEADER)
                .in(Parameter.In.HEADER).required(false)
                .description("Chooses the request's correlation id (echoed in the response and in every problem);"
                        + " one is generated when absent.")
                .schema(string(null).maxLength(128)).example("claim-2018-07-14-0001"));
        components.addParameter(IDEMPOTENCY_PARAMETER, OASFactory.createParameter().name(IdempotencyFilters.HEADER)
                .in(Parameter.In.HEADER).required(false)
                .description("Makes the request safe to retry: the same key with the same body answers the first"
                        + " answer again (with Idempotent-Replayed: true) and runs nothing; the same key with another"
                        + " body is refused (422 idempotency-key-reused); while the first is still running, 409"
                        + " idempotency-key-in-progress. Keys are per caller and kept 24 hours.")
                .schema(string(null).minLength(1).maxLength(IdempotencyKeys.MAX_LENGTH).pattern("^[\\x21-\\x7E]+$"))
                .example("wmp-2018-07-14-0001"));
    }

    /** The schema of the X-Justification header an operation declares (its description stays the operation's). */
    static Schema justificationSchema() {
        return string(null).minLength(Justification.MIN_LENGTH).maxLength(Justification.MAX_LENGTH);
    }

    static Schema ref(String component) {
        return OASFactory.createSchema().ref(component);
    }

    private static Schema headerSchema(String name) {
        return switch (name) {
            case "Location" -> string(null).format("uri");
            case "Retry-After" -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
                    BigDecimal.ZERO);
            case IdempotencyFilters.REPLAYED_HEADER -> OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
            default -> string(null);
        };
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem (application/problem+json). Besides the members below a problem"
                        + " may carry the extension members its type names (field, expected, allowedValues, maxLength,"
                        + " maxBytes, maxLimit, min, max, line, column).")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("What kind of problem: " + ProblemTypes.uri("<slug>")
                        + ", a name that is never fetched.").format("uri"))
                .addProperty("title", string("A short, fixed summary of the type."))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string("What went wrong with this request, for a person."))
                .addProperty("instance", string("The request path."))
                .addProperty("correlationId", string("The request's correlation id (also in X-Correlation-Id)."))
                .addProperty("field", string("The field or parameter at fault, as the client names it."))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(ref("Violation")))
                .additionalPropertiesBoolean(Boolean.TRUE)
                .examples(List.of(Map.of("type", ProblemTypes.uri("validation-failed"), "title", "Validation failed",
                        "status", 400, "detail", "The request has invalid fields.", "instance", "/api/v1/disruptions",
                        "correlationId", "claim-2018-07-14-0001", "violations",
                        List.of(Map.of("field", "impact", "message", "must not be null")))));
    }

    static Schema string(String description) {
        Schema s = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return description == null ? s : s.description(description);
    }
}
