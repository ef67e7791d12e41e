package uk.police.wm.rcs.platform.testapp;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;

import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;

/** Test resource raising each problem a service may raise. */
@Path("/test/problems")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemsResource {

    private static final Logger LOG = Logger.getLogger(ProblemsResource.class);

    /** What the correlation endpoint saw on its worker thread. */
    public record Seen(String correlationId) {
    }

    @GET
    @Path("status/{status}")
    public String raise(@PathParam("status") int status) {
        throw switch (status) {
            case 400 -> Problems.badRequest("Bad thing.");
            case 403 -> Problems.forbidden("Not yours.");
            case 404 -> Problems.notFound("No such thing.");
            case 409 -> Problems.conflict("Already moderated.");
            case 412 -> Problems.preconditionFailed("Stale.");
            case 422 -> Problems.unprocessable("Cannot downgrade an approved claim.");
            case 428 -> Problems.preconditionRequired("Send If-Match.");
            case 429 -> Problems.tooManyRequests("Slow down.", Duration.ofSeconds(30));
            default -> new IllegalArgumentException("no such case");
        };
    }

    /** The error a JDBC pool gives when every connection stayed busy past its wait (Agroal's wording). */
    @GET
    @Path("pool-exhausted")
    public String poolExhausted() {
        throw new IllegalStateException("could not write widget",
                new java.sql.SQLException("Acquisition timeout while waiting for new connection",
                        new java.util.concurrent.TimeoutException()));
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("connection to jdbc:postgresql://db/secret failed at com.example.Internal");
    }

    @GET
    @Path("limit")
    public String limit(@QueryParam("limit") @Min(1) @Max(500) int limit) {
        return "ok";
    }

    @GET
    @Path("quarter/{year}/{quarter}")
    public FinancialQuarter quarter(@PathParam("year") String year, @PathParam("quarter") String quarter) {
        return FinancialQuarter.parse(year, quarter);
    }

    @GET
    @Path("numbers")
    public Page<Integer> numbers(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        int after = page.after().map(c -> Integer.parseInt(c.id())).orElse(0);
        java.util.List<Integer> fetched = java.util.stream.IntStream.rangeClosed(after + 1, 120).limit(page.fetchSize())
                .boxed().toList();
        return Page.of(fetched, page, n -> new Cursor(Integer.toString(n), Integer.toString(n)));
    }

    @GET
    @Path("correlation")
    public Seen correlation() {
        LOG.info("serving the correlation test endpoint");
        return new Seen(CorrelationId.current().orElse(null));
    }
}
