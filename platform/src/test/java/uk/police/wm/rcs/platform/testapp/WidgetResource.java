package uk.police.wm.rcs.platform.testapp;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import uk.police.wm.rcs.platform.http.ETags;

/** Test resource: thin, as services' resources are. */
@Path("/test/widgets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WidgetResource {

    /** Rename request. */
    public record RenameRequest(@NotBlank String name) {
    }

    @Inject
    WidgetService service;

    @POST
    public Response create(@Valid @NotNull WidgetRequest request) {
        Widget widget = service.create(request);
        return Response.created(URI.create("/test/widgets/" + widget.id)).tag(ETags.tag(widget.version))
                .entity(WidgetResponse.of(widget)).build();
    }

    @POST
    @Path("fail")
    public Response createThenFail(@Valid @NotNull WidgetRequest request) {
        service.createThenFail(request);
        return Response.noContent().build();
    }

    @POST
    @Path("validate-in-service")
    public Response validateInService(WidgetRequest request) {
        service.validateHere(request);
        return Response.noContent().build();
    }

    /** Widgets of one name, made on or before a date: both query parameters reach PostgreSQL as given. */
    @GET
    public WidgetService.Count count(@QueryParam("name") String name, @QueryParam("on") LocalDate on) {
        return service.count(name, on == null ? LocalDate.of(2018, 4, 1) : on);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Widget widget = service.read(id);
        return Response.ok(WidgetResponse.of(widget)).tag(ETags.tag(widget.version)).build();
    }

    @GET
    @Path("{id}/consult")
    @Authenticated
    public WidgetResponse consult(@PathParam("id") UUID id) {
        return WidgetResponse.of(service.consult(id));
    }

    @PUT
    @Path("{id}/name")
    public Response rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RenameRequest request) {
        Widget widget = service.rename(id, ifMatch, request.name());
        return Response.ok(WidgetResponse.of(widget)).tag(ETags.tag(widget.version)).build();
    }
}
