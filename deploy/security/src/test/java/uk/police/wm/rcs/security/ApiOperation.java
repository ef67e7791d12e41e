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

    /** {@code rocu POST /api/v1/disruptions}. */
    String name() {
        return service.key() + " " + method + " " + path;
    }

    @Override
    public String toString() {
        return name();
    }
}
