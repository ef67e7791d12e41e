package uk.police.wm.rcs.gateway.boardpack;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The quarterly board pack as a page and as a PDF, at the caller's clearance. */
@Path("/api/v1/board-pack/{fy}/{quarter}")
@RolesAllowed({"governance-viewer", "admin"})
@Tag(name = "Board pack", description = "The quarterly board pack as a page and as a PDF, at the caller's clearance.")
public class BoardPackResource {

    @Inject
    BoardPackService service;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Read the board pack as a page",
            description = "The quarter's board pack as an HTML page, at the caller's clearance.")
    @APIResponse(responseCode = "200", description = "The board pack page.",
            content = @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Produces("text/html")
    public String getBoardPackPage(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return service.html(FinancialQuarter.parse(fy, quarter), caller.get());
    }

    @Operation(summary = "Read the board pack as a PDF",
            description = "The quarter's board pack as a PDF, rendered from the same template as the page.")
    @APIResponse(responseCode = "200", description = "The board pack PDF.",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response getBoardPackPdf(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        return Response.ok(service.pdf(q, caller.get()))
                .header("Content-Disposition", "inline; filename=\"board-pack-" + fy + "-" + quarter + ".pdf\"")
                .build();
    }
}
