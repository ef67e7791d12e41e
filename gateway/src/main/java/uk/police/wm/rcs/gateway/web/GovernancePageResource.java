package uk.police.wm.rcs.gateway.web;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.police.wm.rcs.gateway.boardpack.BoardPackService;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/**
 * The governance web page for people: sign-in through Keycloak (authorisation code flow with PKCE, the realm's
 * public client {@code governance-web}, OIDC tenant {@code web}), a quarter picker, the board pack's charts and
 * tables with each part's freshness, and a link to the PDF.
 */
@Path("/governance")
@Authenticated
public class GovernancePageResource {

    @Inject
    BoardPackService boardPack;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @GET
    @Produces("text/html")
    @Operation(hidden = true)
    public String page(@QueryParam("quarter") String quarter) {
        FinancialQuarter chosen = chosen(quarter);
        return boardPack.page(chosen, allowed(), QuarterPicker.of(chosen, LocalDate.now(clock)));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(hidden = true)
    public Response pdf(@QueryParam("quarter") String quarter) {
        FinancialQuarter chosen = chosen(quarter);
        return Response.ok(boardPack.pdf(chosen, allowed()))
                .header("Content-Disposition", "inline; filename=\"board-pack-" + chosen.toString().replace('/', '-')
                        + ".pdf\"").build();
    }

    private FinancialQuarter chosen(String quarter) {
        return quarter == null || quarter.isBlank() ? FinancialQuarter.of(LocalDate.now(clock)).previous()
                : FinancialQuarter.parse(quarter);
    }

    private Caller allowed() {
        Caller current = caller.get();
        if (!current.hasRole("governance-viewer") && !current.hasRole("admin")) {
            throw Problems.forbidden("The governance page is for the governance group (role governance-viewer).");
        }
        return current;
    }
}
