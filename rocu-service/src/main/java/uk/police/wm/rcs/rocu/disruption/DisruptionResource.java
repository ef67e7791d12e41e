package uk.police.wm.rcs.rocu.disruption;

import uk.police.wm.rcs.rocu.events.LeadAgency;
import uk.police.wm.rcs.rocu.events.Impact;
import uk.police.wm.rcs.rocu.events.DisruptionStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import uk.police.wm.rcs.platform.intake.NaturalKeyConflict;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.ChangeFeed;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.events.CrimeType;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.ClaimDisruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionFilter;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;
import uk.police.wm.rcs.rocu.disruption.DisruptionService.ClaimOutcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** Disruptions: claimed by force systems, read by the ROCU and moderators (and by each force for its own). */
@Path("/api/v1/disruptions")
@Tag(name = "Disruptions", description = "Disruptions of organised crime groups, claimed by force systems and "
        + "moderated by the ROCU.")
public class DisruptionResource {

    /** The first claim of the demo data, as the contract's example. */
    static final String DEMO_CLAIM = "{\"sourceRecordId\": \"DEMO-WMP-00001\", \"targetType\": \"OCG\", "
                    + "\"ocgReference\": \"OCG-WMP-0002\", \"leadAgency\": \"ROCU\", "
                    + "\"crimeType\": \"DRUGS\", \"claimedImpact\": \"MODERATE\", "
                    + "\"category\": \"PURSUE\", \"activityLevel\": \"REGIONAL\", "
                    + "\"disruptedOn\": \"2017-07-10\", "
                    + "\"narrative\": \"Synthetic: drugs activity disrupted (demo record 1).\", "
                    + "\"highlight\": false}";

    @Inject
    DisruptionService service;

    @Inject
    DisruptionQueries queries;

    @Inject
    CurrentCaller caller;

    /** Claims a disruption for the token's force: 201 when new, 200 with the original for a retry of the same record. */
    @Operation(summary = "Claim a disruption",
            description = "Claims a disruption for the token's force (a force system). 201 with the new record, its "
                          + "Location and ETag; 200 with the original record when the same record (force and force "
                          + "reference) was claimed before, so a retry never makes a second one. The record's "
                          + "marking may not be above the caller's clearance.")
    @APIResponse(responseCode = "201", description = "Claimed: the new record.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DisruptionView.class)))
    @APIResponse(responseCode = "200", description = "Claimed before: the original record, unchanged.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DisruptionView.class)))
    @APIResponse(responseCode = "409", description = "The same record (force and force reference) was already taken "
            + "in with other content.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = NaturalKeyConflict.TYPE))
    @APIResponse(responseCode = "403", description = "The token names another force than the claim, or lacks the "
            + "force-recorder role.")
    @APIResponse(responseCode = "422", description = "The claim breaks a rule of the domain (the problem names the "
            + "field), its marking is above the caller's clearance, or its ocgReference is not an active group of the "
            + "register the caller may see (unknown-ocg, ocg-archived).",
            extensions = @Extension(name = ProblemTypes.EXTENSION,
                    value = "unprocessable marking-above-clearance target-mismatch unknown-ocg ocg-archived"))
    @POST
    @RolesAllowed("force-recorder")
    public Response claimDisruption(
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "demo",
                    summary = "A force system's claim (demo data, deploy/demo/21-rocu-disruptions.json)",
                    value = DEMO_CLAIM))) @Valid @NotNull ClaimDisruption request, @Context UriInfo uri) {
        ClaimOutcome outcome = service.claim(request, caller.get());
        Disruption d = outcome.disruption();
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(d.id.toString()).build())
                : Response.ok();
        return response.tag(ETags.tag(d.version)).entity(DisruptionView.withoutPerson(d)).build();
    }

    /** One disruption; one that names a priority individual needs an {@code X-Justification} and is audited. */
    @Operation(summary = "Read one disruption",
            description = "One disruption the caller may see (a force system sees its own force's). One that names a "
                          + "priority individual needs an X-Justification header and the read is audited.")
    @APIResponse(responseCode = "200", description = "The disruption, with its ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DisruptionView.class)))
    @GET
    @Path("{id}")
    @RolesAllowed({"force-recorder", "rocu-analyst", "moderator"})
    public Response getDisruption(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        Disruption d = service.read(parse(id), caller.get());
        return Response.ok(DisruptionView.withPerson(d)).tag(ETags.tag(d.version)).build();
    }

    /** Amends a claimed or returned disruption of the caller's force ({@code If-Match} required): a re-claim. */
    @Operation(summary = "Amend a disruption",
            description = "Amends a claimed or returned disruption of the caller's force: a re-claim that goes back "
                          + "to the panel. Needs If-Match with the record's current ETag.")
    @APIResponse(responseCode = "200", description = "The amended disruption, with its new ETag.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DisruptionView.class)))
    @APIResponse(responseCode = "409", description = "The disruption is no longer claimed or returned: the panel has "
            + "decided it.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "not-amendable"))
    @APIResponse(responseCode = "422", description = "The amendment breaks a rule of the domain (the problem names "
            + "the field).",
            extensions = @Extension(name = ProblemTypes.EXTENSION,
                    value = "unprocessable marking-above-clearance target-mismatch unknown-ocg ocg-archived"))
    @PUT
    @Path("{id}")
    @RolesAllowed("force-recorder")
    public Response amendDisruption(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClaimDisruption request) {
        Disruption d = service.amend(parse(id), request, ifMatch, caller.get());
        return Response.ok(DisruptionView.withoutPerson(d)).tag(ETags.tag(d.version)).build();
    }

    /** Disruptions the caller may see, oldest first; {@code quarter} like {@code 2018-19/Q2}. */
    @Operation(summary = "List disruptions",
            description = "The disruptions the caller may see, oldest first, a cursor page; filters: force, ocg, "
                          + "crimeType, impact, status, quarter (2018-19/Q2) and lead agency. With changedSince, "
                          + "only the records changed (claimed, amended, decided, reviewed) at or after that instant, "
                          + "in the order they changed: a record that changes while you page is listed again, in "
                          + "its new state, on a later page, and none is skipped. Pass the cursor back with the same "
                          + "changedSince. A change is listed once the transactions that began before it have "
                          + "ended, so start the next poll's changedSince a minute before this poll began.")
    @GET
    @RolesAllowed({"force-recorder", "rocu-analyst", "moderator"})
    public Page<DisruptionView> listDisruptions(@QueryParam("force") Force force, @QueryParam("ocg") String ocg,
            @QueryParam("crimeType") CrimeType crimeType, @QueryParam("impact") Impact impact,
            @QueryParam("status") DisruptionStatus status, @QueryParam("quarter") String quarter,
            @QueryParam("agency") LeadAgency agency,
            @QueryParam("changedSince") @Parameter(description = "Only records changed at or after this instant "
                    + "(ISO 8601 with offset), in change order.", example = "2018-09-05T10:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String changedSince,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        DisruptionFilter filter = new DisruptionFilter(force, ocg, crimeType, impact, status,
                quarter == null || quarter.isBlank() ? null : FinancialQuarter.parse(quarter), agency);
        return queries.list(filter, ChangeFeed.since(changedSince, "changedSince"), PageRequest.parse(limit, cursor),
                caller.get())
                .map(DisruptionView::withoutPerson);
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(DisruptionService.NOT_FOUND);
        }
    }
}
