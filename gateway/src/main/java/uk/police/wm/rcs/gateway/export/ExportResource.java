package uk.police.wm.rcs.gateway.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.gateway.governance.GovernanceService;
import uk.police.wm.rcs.gateway.governance.GovernanceView;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/**
 * The governance view's tables to take away: each as CSV, all as one spreadsheet, at the reader's clearance (the
 * view's own figures), marked with the reader's clearance and caveats, named with the quarter.
 */
@Path("/api/v1/governance/{fy}/{quarter}/export")
@Tag(name = "Governance exports", description = "The governance view's tables as CSV and as a spreadsheet")
public class ExportResource {

    private static final String PROBLEM = "application/problem+json";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A table of the view, with where its CSV is. */
    public record ExportedTable(String id, String name, int rows, String csv) {
    }

    /** The view's tables and where the spreadsheet of all of them is. */
    public record Exports(String quarter, String marking, String spreadsheet, List<ExportedTable> tables) {
    }

    @Inject
    GovernanceService governance;

    @Inject
    ViewTables tables;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({"governance-viewer", "governance-secretariat", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listGovernanceExports", summary = "The view's tables available to download",
            description = "Each table of the governance view of the quarter with the path of its CSV, and the path of"
                    + " the spreadsheet holding all of them; at the reader's clearance.")
    @APIResponse(responseCode = "200", description = "The tables",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Exports.class)))
    @APIResponse(responseCode = "400", description = "Not a quarter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a governance reader")
    public Exports listGovernanceExports(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        Caller reader = caller.get();
        String base = "/api/v1/governance/" + q.financialYear() + "/" + q.quarterLabel() + "/export";
        return new Exports(q.toString(), ExportMarking.words(ExportMarking.of(reader)), base + "/xlsx",
                tables.of(governance.view(q, reader)).stream()
                        .map(t -> new ExportedTable(t.id(), t.name(), t.rows().size(), base + "/csv/" + t.id()))
                        .toList());
    }

    @GET
    @Path("csv/{table}")
    @RolesAllowed({"governance-viewer", "governance-secretariat", "admin"})
    // problem+json too: the errors (401, 403, 404) are problems, and a client that accepts only problems must still
    // be told it is not signed in rather than that the CSV is not acceptable
    @Produces({"text/csv", PROBLEM})
    @Operation(operationId = "exportGovernanceTableCsv", summary = "One table of the view as CSV",
            description = "The protective marking is the first and the last row, then a title row, the column names"
                    + " and the rows, with the view's values; a withheld figure reads \"withheld\".")
    @APIResponse(responseCode = "200", description = "The CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a quarter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a governance reader")
    @APIResponse(responseCode = "404", description = "No such table in the view")
    public Response exportGovernanceTableCsv(@PathParam("fy") String fy, @PathParam("quarter") String quarter,
            @PathParam("table") String table) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        Caller reader = caller.get();
        GovernanceView view = governance.view(q, reader);
        ViewTable found = tables.of(view).stream().filter(t -> t.id().equals(table)).findFirst()
                .orElseThrow(() -> Problems.notFound("The view has no table " + table + "; the list is at"
                        + " /api/v1/governance/" + q.financialYear() + "/" + q.quarterLabel() + "/export."));
        byte[] csv = TableFiles.csv(found, q.toString(), ExportMarking.words(ExportMarking.of(reader)),
                view.clearance());
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\""
                + "governance-" + q.financialYear() + "-" + q.quarterLabel() + "-" + found.id() + ".csv\"").build();
    }

    @GET
    @Path("xlsx")
    @RolesAllowed({"governance-viewer", "governance-secretariat", "admin"})
    @Produces({XLSX, PROBLEM})
    @Operation(operationId = "exportGovernanceSpreadsheet", summary = "Every table of the view as a spreadsheet",
            description = "One sheet a table, each with the protective marking as its first and last row and in its"
                    + " printed header and footer; the marking is also in the document's properties.")
    @APIResponse(responseCode = "200", description = "The spreadsheet",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Not a quarter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a governance reader")
    public Response exportGovernanceSpreadsheet(@PathParam("fy") String fy, @PathParam("quarter") String quarter) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        Caller reader = caller.get();
        GovernanceView view = governance.view(q, reader);
        byte[] xlsx = TableFiles.spreadsheet(tables.of(view), q.toString(),
                ExportMarking.words(ExportMarking.of(reader)), view.clearance(), clock.instant());
        return Response.ok(xlsx, XLSX).header("Content-Disposition", "attachment; filename=\"governance-"
                + q.financialYear() + "-" + q.quarterLabel() + ".xlsx\"").build();
    }
}
