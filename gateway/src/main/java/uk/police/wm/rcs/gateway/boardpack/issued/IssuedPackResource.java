package uk.police.wm.rcs.gateway.boardpack.issued;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * Issued board packs: the governance secretariat issues a quarter's pack; governance readers read the packs their
 * clearance and caveats cover, the PDF byte for byte as issued.
 */
@Path("/api/v1/board-packs/{fy}/{quarter}")
@Tag(name = "Issued board packs", description = "A quarter's board pack as issued: fixed figures as at the quarter's"
        + " end, versioned, with the SHA-256 of its PDF")
public class IssuedPackResource {


    @Inject
    IssuedPackService service;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed("governance-secretariat")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueBoardPack", summary = "Issue the quarter's board pack",
            description = "Builds the quarter's pack as at its end (registers and backlogs as recorded then, ROCU's"
                    + " frozen count where there is one), renders its PDF once and stores it with the SHA-256 of the"
                    + " bytes, the event offsets it was built from, the issuer and the time. The first issue is"
                    + " version 1; each later one of the same marking is the next version, listing what changed."
                    + " The pack is issued at the issuer's clearance and caveats unless classification (and caveat)"
                    + " name a marking the issuer holds: its figures are those a reader of exactly that marking sees,"
                    + " and only readers it covers may read it.")
    @APIResponse(responseCode = "201", description = "Issued; Location is the pack, its PDF at Location/pdf",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedPack.class)))
    @APIResponse(responseCode = "400", description = "Not a quarter, or not a classification")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the governance secretariat")
    @APIResponse(responseCode = "422", description = "A marking above the issuer's clearance or caveats")
    public Response issueBoardPack(@PathParam("fy") String fy, @PathParam("quarter") String quarter,
            @Parameter(description = "the marking's classification: OFFICIAL, OFFICIAL_SENSITIVE or SECRET, not"
                    + " above the issuer's clearance; the issuer's clearance when absent")
            @QueryParam("classification") String classification,
            @Parameter(description = "a handling caveat of the marking (repeat for more), one the issuer holds")
            @QueryParam("caveat") List<String> caveats) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        Caller issuer = caller.get();
        IssuedPack pack = service.issue(q, marking(classification, caveats, issuer), issuer);
        return Response.created(URI.create("/api/v1/board-packs/" + q.financialYear() + "/" + q.quarterLabel() + "/"
                + pack.id())).entity(pack).build();
    }

    @GET
    @RolesAllowed({"governance-viewer", "governance-secretariat", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listIssuedBoardPacks", summary = "The quarter's issued board packs",
            description = "Newest first, paged; only the packs whose marking the reader's clearance and caveats"
                    + " cover.")
    @APIResponse(responseCode = "200", description = "A page of issued packs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedPackPage.class)))
    @APIResponse(responseCode = "400", description = "Not a quarter, or a bad limit or cursor")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a governance reader")
    public Page<IssuedPack.Summary> listIssuedBoardPacks(@PathParam("fy") String fy,
            @PathParam("quarter") String quarter, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        return service.list(q, PageRequest.parse(limit, cursor), caller.get());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"governance-viewer", "governance-secretariat", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIssuedBoardPack", summary = "One issued board pack",
            description = "Its version, marking, issuer, time, event offsets, PDF digest, headline figures and what"
                    + " changed since the previous version. 404 when it does not exist or the reader's clearance and"
                    + " caveats do not cover its marking.")
    @APIResponse(responseCode = "200", description = "The issued pack",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedPack.class)))
    @APIResponse(responseCode = "400", description = "Not a quarter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a governance reader")
    @APIResponse(responseCode = "404", description = "No such pack the reader may read")
    public IssuedPack getIssuedBoardPack(@PathParam("fy") String fy, @PathParam("quarter") String quarter,
            @PathParam("id") String id) {
        return service.view(FinancialQuarter.parse(fy, quarter), packId(id), caller.get());
    }

    @GET
    @Path("{id}/pdf")
    @RolesAllowed({"governance-viewer", "governance-secretariat", "admin"})
    @Produces("application/pdf")
    @Operation(operationId = "getIssuedBoardPackPdf", summary = "An issued board pack's PDF, as issued",
            description = "The bytes stored when the pack was issued; ETag and Digest carry their SHA-256.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Not a quarter")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a governance reader")
    @APIResponse(responseCode = "404", description = "No such pack the reader may read")
    public Response getIssuedBoardPackPdf(@PathParam("fy") String fy, @PathParam("quarter") String quarter,
            @PathParam("id") String id) {
        FinancialQuarter q = FinancialQuarter.parse(fy, quarter);
        IssuedBoardPack pack = service.find(q, packId(id), caller.get());
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(pack.pdfSha256));
        return Response.ok(pack.pdf, "application/pdf").tag(new EntityTag(pack.pdfSha256))
                .header("Digest", "sha-256=" + base64).header("Repr-Digest", "sha-256=:" + base64 + ":")
                .header("Content-Disposition", "inline; filename=\"board-pack-" + q.financialYear() + "-"
                        + q.quarterLabel() + "-v" + pack.version + ".pdf\"")
                .build();
    }

    /** A page of issued packs, for the contract. */
    @Schema(name = "IssuedBoardPackPage")
    public record IssuedPackPage(List<IssuedPack.Summary> items, String nextCursor) {
    }

    private static UUID packId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("No such issued board pack.");
        }
    }

    private static SecurityMarking marking(String classification, List<String> caveats, Caller issuer) {
        if (classification == null) {
            return new SecurityMarking(issuer.clearance(), issuer.caveats());
        }
        Classification level = Classification.parse(classification).orElseThrow(() -> Problems.badRequest(
                "classification is one of OFFICIAL, OFFICIAL_SENSITIVE or SECRET"));
        if (caveats != null && caveats.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw Problems.badRequest("a caveat is a name, e.g. UK_EYES_ONLY");
        }
        return SecurityMarking.of(level, caveats == null ? List.of() : caveats);
    }
}
