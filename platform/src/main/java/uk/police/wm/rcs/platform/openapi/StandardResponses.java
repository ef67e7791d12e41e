package uk.police.wm.rcs.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.police.wm.rcs.platform.correlation.CorrelationId;

/**
 * The error answers the platform gives (its mappers, filters and routes), as shared response components, and the
 * completion of an operation's own error answer into a problem+json one.
 */
final class StandardResponses {

    /** One cross-cutting answer: its component name, status, description and the problem types it carries. */
    record Standard(String component, String status, String description, List<String> types) {
    }

    static final Standard BAD_PARAMETER = new Standard("BadParameter", "400",
            "A query, path or header parameter was refused.", ProblemTypes.PARAMETER);
    static final Standard BAD_REQUEST = new Standard("BadRequest", "400",
            "The body or a parameter was refused: the problem names the field.",
            concat(ProblemTypes.BODY, ProblemTypes.PARAMETER));
    static final Standard UNAUTHORIZED = new Standard("Unauthorized", "401",
            "No bearer token, or one that is not valid (signature, issuer, audience, expiry).", List.of("unauthorized"));
    static final Standard FORBIDDEN = new Standard("Forbidden", "403",
            "The token lacks the role this operation needs, or names another force.", List.of("forbidden"));
    static final Standard NOT_FOUND = new Standard("NotFound", "404",
            "No such record, or one the caller may not see (the two are not told apart).", List.of("not-found"));
    static final Standard NOT_ACCEPTABLE = new Standard("NotAcceptable", "406",
            "The Accept header names no media type this operation answers in.", List.of("not-acceptable"));
    static final Standard PAYLOAD_TOO_LARGE = new Standard("PayloadTooLarge", "413",
            "The body is larger than the service accepts (maxBytes); the connection is closed.",
            List.of("payload-too-large"));
    static final Standard URI_TOO_LONG = new Standard("UriTooLong", "414",
            "The request target is longer than the service accepts (maxLength); the connection is closed.",
            List.of("uri-too-long"));
    static final Standard UNSUPPORTED_MEDIA_TYPE = new Standard("UnsupportedMediaType", "415",
            "The Content-Type is not one this operation reads.", List.of("unsupported-media-type"));
    static final Standard HEADERS_TOO_LARGE = new Standard("RequestHeadersTooLarge", "431",
            "The request headers are larger than the service accepts (maxBytes); the connection is closed.",
            List.of("request-headers-too-large"));
    static final Standard INTERNAL_ERROR = new Standard("InternalError", "500",
            "Something failed that the caller cannot fix; the problem quotes the correlation id the server logged.",
            List.of("internal-error"));
    static final Standard UNAVAILABLE = new Standard("Unavailable", "503",
            "A dependency (the database) is overloaded or unreachable; nothing was written. Retry after Retry-After.",
            List.of("unavailable"));
    static final Standard IDEMPOTENCY_CONFLICT = new Standard("IdempotencyConflict", "409",
            "A request with this Idempotency-Key is still running (retry after Retry-After), or the record conflicts"
                    + " with one that exists.",
            List.of("idempotency-key-in-progress", "conflict"));
    static final Standard IDEMPOTENCY_REUSED = new Standard("IdempotencyKeyReused", "422",
            "This Idempotency-Key was used for another body or another operation.", List.of("idempotency-key-reused"));
    static final Standard PRECONDITION_FAILED = new Standard("PreconditionFailed", "412",
            "If-Match does not name the record's current ETag: someone changed it meanwhile; read it again.",
            List.of("precondition-failed"));
    static final Standard PRECONDITION_REQUIRED = new Standard("PreconditionRequired", "428",
            "If-Match is missing: send the ETag of the version you read.", List.of("precondition-required"));

    static final List<Standard> ALL = List.of(BAD_PARAMETER, BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND,
            NOT_ACCEPTABLE, PAYLOAD_TOO_LARGE, URI_TOO_LONG, UNSUPPORTED_MEDIA_TYPE, HEADERS_TOO_LARGE, INTERNAL_ERROR,
            UNAVAILABLE, IDEMPOTENCY_CONFLICT, IDEMPOTENCY_REUSED, PRECONDITION_FAILED, PRECONDITION_REQUIRED);

    /** Statuses whose problems carry Retry-After. */
    private static final Set<String> RETRY_AFTER = Set.of("409", "429", "503");

    /** Descriptions the scanner writes when it adds a response by itself: replaced by the standard one. */
    private static final Set<String> GENERATED = Set.of("Not Authorized", "Not Allowed", "Bad Request", "Not Found");

    private StandardResponses() {
    }

    static void addTo(Components components) {
        for (Standard s : ALL) {
            components.addResponse(s.component(), problem(s.description(), s.types(), s.status()));
        }
    }

    static APIResponse ref(Standard s) {
        return OASFactory.createAPIResponse().ref(s.component());
    }

    /** A response the scanner added by itself (for @RolesAllowed, or a parameter): nothing of the operation's own. */
    static boolean isScannerDefault(APIResponse response) {
        return GENERATED.contains(response.getDescription()) && response.getContent() == null
                && (response.getExtensions() == null || response.getExtensions().isEmpty());
    }

    /**
     * Makes an operation's own error answer a problem+json one: the standard types of its status (when one applies)
     * and the types it names itself, the description it gave (or the standard one).
     */
    static APIResponse complete(APIResponse own, Standard standard, String status) {
        Set<String> types = new LinkedHashSet<>();
        if (standard != null) {
            types.addAll(standard.types());
        }
        Object named = own.getExtensions() == null ? null : own.getExtensions().get(ProblemTypes.EXTENSION);
        if (named != null) {
            for (String slug : named.toString().trim().split("[\\s,]+")) {
                types.add(slug.startsWith("http") ? slug.substring(slug.lastIndexOf('/') + 1) : slug);
            }
        }
        String description = own.getDescription() == null || GENERATED.contains(own.getDescription())
                ? (standard == null ? "The request was refused." : standard.description()) : own.getDescription();
        return problem(description, new ArrayList<>(types), status);
    }

    private static APIResponse problem(String description, List<String> types, String status) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description + (types.isEmpty() ? "" : " Problem types: " + String.join(", ", types) + "."))
                .content(OASFactory.createContent().addMediaType(ProblemComponents.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(ProblemComponents.ref(ProblemComponents.PROBLEM))))
                .addHeader(CorrelationId.HEADER, OASFactory.createHeader().ref(CorrelationId.HEADER));
        if (RETRY_AFTER.contains(status)) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        if ("401".equals(status)) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                    .description("The Bearer challenge, saying why the token was refused.")
                    .schema(ProblemComponents.string(null)));
        }
        if (!types.isEmpty()) {
            response.addExtension(ProblemTypes.EXTENSION, types.stream().map(ProblemTypes::uri).toList());
        }
        return response;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(t -> !all.contains(t)).forEach(all::add);
        return all;
    }
}
