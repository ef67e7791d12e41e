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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** {@code /api/v1/ctu/**}, {@code /api/v1/rocu/**} and {@code /api/v1/cyber/**}: the domain APIs through one base URL. */
@Path("/api/v1/{service: ctu|rocu|cyber}")
@Tag(name = "Front door", description = "The three domain APIs through one base URL: /api/v1/ctu, /api/v1/rocu and "
        + "/api/v1/cyber.")
public class FrontDoorResource {

    /** What every forwarded operation does: one text for the five verbs. */
    private static final String FORWARDED = "The domain API's operation at the same path below /api/v1/{service}: see"
            + " that service's own document (GET /api/v1/{service}/openapi). Headers the platform reads (Authorization,"
            + " Idempotency-Key, If-Match, X-Justification, X-Correlation-Id) are passed on; a service that is down"
            + " gives 503.";
    private static final String ANSWER = "The domain service's own answer (status, headers and body), as its own"
            + " document describes it.";

    @Inject
    FrontDoor frontDoor;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** The service's OpenAPI document, paths as seen through the front door (for the one Swagger UI). */
    @Operation(summary = "Read a domain service's OpenAPI document",
            description = "The service's OpenAPI document, its paths as seen through the front door (for the one "
                          + "Swagger UI).")
    @APIResponse(responseCode = "200", description = "The OpenAPI document.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)))
    @GET
    @Path("openapi")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode getServiceOpenApi(@PathParam("service") String service) {
        return frontDoor.openApi(service);
    }

    @Operation(summary = "Read through the front door",
            description = FORWARDED)
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = "*/*", schema = @Schema(description = "The domain service's answer.")))
    @GET
    @Path("{path: .+}")
    @Authenticated
    @Produces(MediaType.WILDCARD)
    public Response readThroughFrontDoor(@PathParam("service") String service, @PathParam("path") String path) {
        return forward("GET", service, path, null);
    }

    @Operation(summary = "Create through the front door",
            description = FORWARDED)
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = "*/*", schema = @Schema(description = "The domain service's answer.")))
    @POST
    @Path("{path: .+}")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    public Response createThroughFrontDoor(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return forward("POST", service, path, body);
    }

    @Operation(summary = "Replace through the front door",
            description = FORWARDED)
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = "*/*", schema = @Schema(description = "The domain service's answer.")))
    @PUT
    @Path("{path: .+}")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    public Response replaceThroughFrontDoor(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return forward("PUT", service, path, body);
    }

    @Operation(summary = "Change through the front door",
            description = FORWARDED)
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = "*/*", schema = @Schema(description = "The domain service's answer.")))
    @PATCH
    @Path("{path: .+}")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.WILDCARD)
    public Response changeThroughFrontDoor(@PathParam("service") String service, @PathParam("path") String path, byte[] body) {
        return forward("PATCH", service, path, body);
    }

    @Operation(summary = "Delete through the front door",
            description = FORWARDED)
    @APIResponse(responseCode = "200", description = ANSWER,
            content = @Content(mediaType = "*/*", schema = @Schema(description = "The domain service's answer.")))
    @DELETE
    @Path("{path: .+}")
    @Authenticated
    @Produces(MediaType.WILDCARD)
    public Response deleteThroughFrontDoor(@PathParam("service") String service, @PathParam("path") String path) {
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
