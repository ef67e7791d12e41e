package uk.police.wm.rcs.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.idempotency.IdempotencyFilters;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.openapi.StandardResponses.Standard;

/**
 * Writes what is cross-cutting into every service's OpenAPI document, so a resource method states only its own
 * facts ({@code @Operation} summary and description, its {@code @Tag}, its success answers and its own problems):
 * the problem+json body and the platform's error answers on every operation, X-Correlation-Id in and out,
 * Idempotency-Key with its 409 / 422 and replay header on POSTs (IdempotencyFilters), 412 / 428 and ETag where an
 * operation reads If-Match (ETags.requireMatch), the X-Justification rule where an operation declares that header
 * (Justification), the paging parameters' bounds (PageRequest), a batch operation's problems (BatchAnswers), and
 * the roles of {@code @RolesAllowed} said in the description and {@code x-roles} instead of as scopes of a bearer
 * scheme (which OpenAPI reserves for OAuth2).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    /** Extension listing the realm roles an operation admits (from {@code @RolesAllowed}). */
    public static final String ROLES_EXTENSION = "x-roles";

    private static final String IF_MATCH = "If-Match";
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? OASFactory.createComponents()
                : openApi.getComponents();
        openApi.setComponents(components);
        ProblemComponents.addTo(components);
        StandardResponses.addTo(components);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((path, item) -> {
            boolean conditional = item.getOperations().values().stream().anyMatch(op -> header(op, IF_MATCH) != null);
            item.getOperations().forEach((method, op) -> describe(method, op, conditional));
        });
        removeUnused(openApi, components);
        UnusedSchemas.remove(openApi);
    }

    /** A document lists only the shared answers, headers and parameters its operations use. */
    private static void removeUnused(OpenAPI openApi, Components components) {
        Set<String> used = new HashSet<>();
        openApi.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            op.getParameters().forEach(p -> used.add(p.getRef()));
            op.getResponses().getAPIResponses().values().forEach(r -> {
                used.add(r.getRef());
                if (r.getHeaders() != null) {
                    r.getHeaders().values().forEach(h -> used.add(h.getRef()));
                }
            });
        }));
        for (Standard s : StandardResponses.ALL) {
            if (!used.contains("#/components/responses/" + s.component())) {
                components.removeResponse(s.component());
            } else {
                components.getResponses().get(s.component()).getHeaders().values().forEach(h -> used.add(h.getRef()));
            }
        }
        for (String name : ProblemComponents.HEADERS.keySet()) {
            if (!used.contains("#/components/headers/" + name)) {
                components.removeHeader(name);
            }
        }
        for (String name : List.of(ProblemComponents.CORRELATION_PARAMETER, ProblemComponents.IDEMPOTENCY_PARAMETER)) {
            if (!used.contains("#/components/parameters/" + name)) {
                components.removeParameter(name);
            }
        }
    }

    private static void describe(PathItem.HttpMethod method, Operation op, boolean conditionalPath) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        boolean post = method == PathItem.HttpMethod.POST;
        boolean body = op.getRequestBody() != null && BODY_METHODS.contains(method.name());
        boolean ifMatch = header(op, IF_MATCH) != null;
        List<String> roles = moveRolesOutOfScopes(op);

        op.addParameter(OASFactory.createParameter().ref(ProblemComponents.CORRELATION_PARAMETER));
        if (post && header(op, IdempotencyFilters.HEADER) == null) {
            op.addParameter(OASFactory.createParameter().ref(ProblemComponents.IDEMPOTENCY_PARAMETER));
        }
        describeParameters(op);

        APIResponses responses = op.getResponses();
        for (Map.Entry<String, APIResponse> e : new ArrayList<>(responses.getAPIResponses().entrySet())) {
            if (e.getKey().startsWith("2")) {
                describeSuccess(e.getValue(), post, ifMatch || conditionalPath);
            }
        }
        if (BatchAnswers.isBatch(op)) {
            BatchAnswers.addTo(responses);
        }
        Parameter justification = header(op, Justification.HEADER);
        Standard bad = body ? StandardResponses.BAD_REQUEST : StandardResponses.BAD_PARAMETER;
        if (justification != null) {
            bad = new Standard(null, "400", bad.description() + " Without a valid " + Justification.HEADER
                    + " the read is refused and the refusal audited.",
                    concat(bad.types(), "justification-required"));
        }
        List<Standard> apply = new ArrayList<>(List.of(bad, StandardResponses.NOT_ACCEPTABLE,
                StandardResponses.URI_TOO_LONG, StandardResponses.HEADERS_TOO_LARGE, StandardResponses.INTERNAL_ERROR,
                StandardResponses.UNAVAILABLE));
        if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
            apply.add(StandardResponses.UNAUTHORIZED);
            apply.add(StandardResponses.FORBIDDEN);
        }
        if (op.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            apply.add(StandardResponses.NOT_FOUND);
        }
        if (body) {
            apply.add(StandardResponses.PAYLOAD_TOO_LARGE);
            apply.add(StandardResponses.UNSUPPORTED_MEDIA_TYPE);
        }
        if (post) {
            apply.add(StandardResponses.IDEMPOTENCY_CONFLICT);
            apply.add(StandardResponses.IDEMPOTENCY_REUSED);
        }
        if (ifMatch) {
            apply.add(StandardResponses.PRECONDITION_FAILED);
            apply.add(StandardResponses.PRECONDITION_REQUIRED);
        }
        for (Standard s : apply) {
            APIResponse own = responses.getAPIResponse(s.status());
            if (own == null) {
                responses.addAPIResponse(s.status(), s.component() == null
                        ? StandardResponses.complete(OASFactory.createAPIResponse().description(s.description()), s,
                                s.status())
                        : StandardResponses.ref(s));
            } else if (own.getRef() == null && s.component() != null && StandardResponses.isScannerDefault(own)) {
                responses.addAPIResponse(s.status(), StandardResponses.ref(s));
            } else if (own.getRef() == null) {
                responses.addAPIResponse(s.status(), StandardResponses.complete(own, s, s.status()));
            }
        }
        // an operation's own error answers that no standard covers (a 409 on a PUT, a 422 of its own rule)
        for (Map.Entry<String, APIResponse> e : new ArrayList<>(responses.getAPIResponses().entrySet())) {
            APIResponse r = e.getValue();
            boolean error = e.getKey().startsWith("4") || e.getKey().startsWith("5");
            if (error && r.getRef() == null && (r.getContent() == null || r.getContent().getMediaTypes() == null
                    || !r.getContent().getMediaTypes().containsKey(ProblemComponents.PROBLEM_JSON))) {
                responses.addAPIResponse(e.getKey(), StandardResponses.complete(r, null, e.getKey()));
            }
        }
        if (!roles.isEmpty()) {
            op.addExtension(ROLES_EXTENSION, roles);
            String said = "Roles: " + String.join(", ", roles) + ".";
            op.setDescription(op.getDescription() == null ? said : op.getDescription() + "\n\n" + said);
        }
    }

    /** Roles belong to the operation, not to the bearer scheme (scopes are for OAuth2 and OpenID Connect). */
    private static List<String> moveRolesOutOfScopes(Operation op) {
        Set<String> roles = new TreeSet<>();
        if (op.getSecurity() != null) {
            for (SecurityRequirement requirement : op.getSecurity()) {
                Map<String, List<String>> schemes = new LinkedHashMap<>();
                requirement.getSchemes().forEach((scheme, scopes) -> {
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                    schemes.put(scheme, new ArrayList<>());
                });
                requirement.setSchemes(schemes);
            }
        }
        return new ArrayList<>(roles);
    }

    private static void describeParameters(Operation op) {
        for (Parameter p : op.getParameters()) {
            if (p.getRef() != null) {
                continue;
            }
            String name = p.getName();
            if (p.getIn() == Parameter.In.QUERY && "limit".equals(name)) {
                p.schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                        .defaultValue(PageRequest.DEFAULT_LIMIT))
                        .description("Records per page, 1 to " + PageRequest.MAX_LIMIT + " (default "
                                + PageRequest.DEFAULT_LIMIT + ").");
            } else if (p.getIn() == Parameter.In.QUERY && "cursor".equals(name) && p.getDescription() == null) {
                p.description("The nextCursor of the previous page (opaque); absent for the first page.");
            } else if (p.getIn() == Parameter.In.PATH && "fy".equals(name)) {
                p.schema(ProblemComponents.string(null).pattern("^[0-9]{4}-[0-9]{2}$").examples(List.of("2018-19")))
                        .description("A financial year, April to March, e.g. 2018-19.");
            } else if (p.getIn() == Parameter.In.PATH && "quarter".equals(name)) {
                p.schema(ProblemComponents.string(null).enumeration(List.of("Q1", "Q2", "Q3", "Q4")))
                        .description("A quarter of the financial year (Q1 is April to June).");
            } else if (p.getIn() == Parameter.In.HEADER && IF_MATCH.equals(name)) {
                p.schema(ProblemComponents.string(null)).description("The ETag of the version you read (or *):"
                        + " the change is refused with 412 when the record changed since, and with 428 without it.");
            } else if (p.getIn() == Parameter.In.HEADER && Justification.HEADER.equals(name)) {
                p.schema(ProblemComponents.justificationSchema()).required(true);
                if (p.getDescription() == null) {
                    p.description("Why you need these records (" + Justification.MIN_LENGTH + " to "
                            + Justification.MAX_LENGTH + " characters); written to the audit log.");
                }
            }
        }
    }

    private static void describeSuccess(APIResponse response, boolean post, boolean carriesETag) {
        if (response.getRef() != null) {
            return;
        }
        Map<String, Header> headers = response.getHeaders();
        if (headers != null) {
            for (String name : new ArrayList<>(headers.keySet())) {
                Header h = headers.get(name);
                if (ProblemComponents.HEADERS.containsKey(name) && h.getRef() == null && h.getSchema() == null) {
                    response.addHeader(name, OASFactory.createHeader().ref(name));
                }
            }
        }
        response.addHeader(CorrelationId.HEADER, OASFactory.createHeader().ref(CorrelationId.HEADER));
        if (post) {
            response.addHeader(IdempotencyFilters.REPLAYED_HEADER,
                    OASFactory.createHeader().ref(IdempotencyFilters.REPLAYED_HEADER));
        }
        boolean hasContent = response.getContent() != null && response.getContent().getMediaTypes() != null
                && !response.getContent().getMediaTypes().isEmpty();
        if (carriesETag && hasContent && (headers == null || !headers.containsKey("ETag"))) {
            response.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
        }
    }

    private static Parameter header(Operation op, String name) {
        if (op.getParameters() == null) {
            return null;
        }
        return op.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }
}
