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

/** The quarterly board pack as a page and as a PDF, at the caller's clearance. */
@Path("/api/v1/board-pack/{fy}/{quarter}")
@RolesAllowed({"governance-viewer", "admin"})
public class BoardPackResource {

    @Inject
    BoardPackService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces("text/html")
    public String page(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        return service.html(FinancialQuarter.parse(fy, quarter), caller.get());
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        return Response.ok(service.pdf(q, caller.get()))
                .header("Content-Disposition", "inline; filename=\"board-pack-" + fy + "-" + quarter + ".pdf\"")
                .build();
    }
}
