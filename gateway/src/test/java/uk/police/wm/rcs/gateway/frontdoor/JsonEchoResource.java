package uk.police.wm.rcs.gateway.frontdoor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.Authenticated;

/**
 * Test-only: a JSON endpoint of the kind every service has (a record body read by the platform's mapper), for the
 * front door to forward to, since the ctu route of the tests points back at this gateway. Hidden from the contract.
 */
@Path("/api/v1/test-json-echo")
public class JsonEchoResource {

    /** A body with one text field. */
    public record Echo(@NotBlank String text) {
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response echo(@Valid @NotNull Echo body) {
        return Response.status(Response.Status.CREATED).entity(body).type(MediaType.APPLICATION_JSON).build();
    }
}
