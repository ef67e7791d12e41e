package uk.police.wm.rcs.gateway.frontdoor;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/ctu/**}, {@code /api/v1/rocu/**} and {@code /api/v1/cyber/**}: the domain APIs through one base URL. */
@Path("/api/v1/{service: ctu|rocu|cyber}")
public class FrontDoorResource {

    @Inject
    FrontDoor frontDoor;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** The service's OpenAPI document, paths as seen through the front door (for the one Swagger UI). */
    @GET
    @Path("openapi")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A domain service's OpenAPI document as seen through the front door")
    public JsonNode openApi(@PathParam("service") String service) {
        return frontDoor.openApi(service);
    }

    @GET
    @Path("{path: .+}")
    @Authenticated
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Read through the front door", description = "See the service's own API in the Swagger UI.")
    public Response get(@PathParam("service") String service, @PathParam("path") String path) {
        return forward("GET", service, path, null);
    }

    @POST
    @Path("{path: .+}")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Create through the front door")
    public Response post(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return forward("POST", service, path, body);
    }

    @PUT
    @Path("{path: .+}")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Replace through the front door")
    public Response put(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return forward("PUT", service, path, body);
    }

    @PATCH
    @Path("{path: .+}")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Change through the front door")
    public Response patch(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return forward("PATCH", service, path, body);
    }

    @DELETE
    @Path("{path: .+}")
    @Authenticated
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Delete through the front door")
    public Response delete(@PathParam("service") String service, @PathParam("path") String path) {
        return forward("DELETE", service, path, null);
    }

    private Response forward(String method, String service, String decodedPath, byte[] body) {
        // forward the path as the caller encoded it, not as JAX-RS decoded it
        String rawPath = uri.getRequestUri().getRawPath();
        String prefix = "/api/v1/" + service + "/";
        String path = rawPath.startsWith(prefix) ? rawPath.substring(prefix.length()) : decodedPath;
        return frontDoor.forward(method, service, path, uri.getRequestUri().getRawQuery(), headers, body,
                uri.getBaseUri());
    }
}
