package uk.police.wm.rcs.cyber.forensics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/** Digital forensics per month: kiosk examinations against central submissions, and the kiosk share. */
@Path("/api/v1/digital-forensics")
@Tag(name = "Digital forensics", description = "Digital forensics per month: kiosk examinations against central "
        + "submissions, and the kiosk share.")
public class ForensicsResource {

    /** A month's figures. */
    public record MonthReport(@NotNull @PositiveOrZero Integer kioskExaminations,
            @NotNull @PositiveOrZero Integer centralSubmissions) {
    }

    /** A month with the kiosks' share of all examinations (0 to 1, null when none). */
    public record MonthView(YearMonth month, int kioskExaminations, int centralSubmissions, BigDecimal kioskShare,
            long version) {
        static MonthView of(ForensicsMonth m) {
            return new MonthView(YearMonth.from(m.month), m.kioskExaminations, m.centralSubmissions,
                    share(m.kioskExaminations, m.centralSubmissions), m.version);
        }
    }

    /** A financial year's totals over its reported months (the months themselves are the paged list). */
    public record YearView(String financialYear, int monthsReported, long kioskExaminations,
            long centralSubmissions, BigDecimal kioskShare) {
    }

    @Inject
    ForensicsService service;

    /** Reports a month: 201 when new; replacing different figures needs If-Match, the same figures are a no-op. */
    @Operation(summary = "Report a digital forensics month",
            description = "Reports a month (2018-07): 201 when new; replacing different figures needs If-Match, the "
                          + "same figures are a no-op (200).")
    @APIResponse(responseCode = "201", description = "Created: the month.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MonthView.class)))
    @APIResponse(responseCode = "200", description = "Replaced or unchanged: the month.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MonthView.class)))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @PUT
    @Path("months/{month}")
    @RolesAllowed("cyber-officer")
    public Response reportForensicsMonth(@PathParam("month") String month, @Valid @NotNull MonthReport request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context UriInfo uri) {
        ForensicsService.Upsert result = service.report(parse(month), request, ifMatch);
        return (result.created() ? Response.created(uri.getAbsolutePath()) : Response.ok())
                .entity(MonthView.of(result.month())).tag(ETags.tag(result.month().version)).build();
    }

    /** A financial year's totals and kiosk share ({@code /digital-forensics/2018-19}). */
    @Operation(summary = "Read a digital forensics year",
            description = "A financial year's totals and kiosk share over its reported months.")
    @GET
    @Path("{fy}")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public YearView getForensicsYear(@PathParam("fy") String fy) {
        FinancialQuarter q1 = FinancialQuarter.firstOf(fy);
        List<ForensicsMonth> months = service.year(q1);
        long kiosk = months.stream().mapToLong(m -> m.kioskExaminations).sum();
        long central = months.stream().mapToLong(m -> m.centralSubmissions).sum();
        return new YearView(q1.financialYear(), months.size(), kiosk, central, share(kiosk, central));
    }

    /** A financial year's months in order, a cursor page ({@code /digital-forensics/2018-19/months}). */
    @Operation(summary = "List a year's digital forensics months",
            description = "A financial year's months in order, a cursor page.")
    @GET
    @Path("{fy}/months")
    @RolesAllowed({"cyber-officer", "governance-viewer"})
    public Page<MonthView> listForensicsMonths(@PathParam("fy") String fy, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        return service.months(FinancialQuarter.firstOf(fy), page).map(MonthView::of);
    }

    static BigDecimal share(long kiosk, long central) {
        return kiosk + central == 0 ? null
                : BigDecimal.valueOf(kiosk).divide(BigDecimal.valueOf(kiosk + central), 4, RoundingMode.HALF_UP);
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw Problems.badRequest("invalid-month", "Invalid month", "Give the month as yyyy-MM, e.g. 2018-07.");
        }
    }
}
