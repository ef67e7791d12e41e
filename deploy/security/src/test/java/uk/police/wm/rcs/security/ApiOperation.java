package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.stack.RcsService;

/**
 * One operation of a served OpenAPI document.
 *
 * @param service the service that serves it
 * @param method GET, POST, PUT, PATCH or DELETE
 * @param path the path template, e.g. {@code /api/v1/disruptions/{id}}
 * @param roles the roles of its security requirement; empty for any authenticated caller; null when the document
 *     declares no security requirement (public)
 * @param pathParameters each path parameter's schema, by name
 * @param headers the header parameters it declares
 * @param bodySchema the JSON request body's schema, null when it takes no JSON body
 */
record ApiOperation(RcsService service, String method, String path, List<String> roles,
                    Map<String, JsonNode> pathParameters, List<String> headers, JsonNode bodySchema) {

    boolean isPublic() {
        return roles == null;
    }

    boolean writes() {
        return method.equals("POST") || method.equals("PUT");
    }

    boolean allows(java.util.Collection<String> callerRoles) {
        return roles == null || roles.isEmpty() || roles.stream().anyMatch(callerRoles::contains);
    }

    /**
     * A batch intake ({@code POST ...:batch}, the platform's {@code BatchIntake}): it answers each record, so a
     * well-formed batch of bad records is 200 with a problem per record, and the check for it is that nothing was
     * created. Known by the path's {@code :batch} suffix, the house's one name for batch intake, so a new batch
     * operation is covered without being listed here.
     */
    boolean isBatch() {
        return method.equals("POST") && path.endsWith(":batch");
    }

    /** {@code rocu POST /api/v1/disruptions}. */
    String name() {
        return service.key() + " " + method + " " + path;
    }

    @Override
    public String toString() {
        return name();
    }
}
