package uk.police.wm.rcs.cyber.referral;

import uk.police.wm.rcs.cyber.events.ReferralEvents;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.police.wm.rcs.cyber.referral.ReferralIntakeService.Intake;
import uk.police.wm.rcs.cyber.referral.ReferralQueryService.Queue;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReceiveReferral;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReferralView;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.SentToActionFraud;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.Triage;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.TriageCorrection;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.VictimContact;
import uk.police.wm.rcs.platform.intake.NaturalKeyConflict;
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;

/**
 * Action Fraud referrals: intake, the Economic Crime Unit's triage, victim contact and sending on for recording.
 * A referral's {@code {id}} in a path is its id or its Action Fraud reference.
 */
@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Cybercrime referrals (Action Fraud and direct reports), their triage and "
        + "victim contact.")
public class ReferralResource {

    /** A referral from the demo data, as the contract's example. */
    static final String DEMO_REFERRAL = "{\"actionFraudReference\": \"NFRC180001\", \"source\": \"FORCE_DIRECT\", "
            + "\"crimeClass\": \"CYBER_DEPENDENT\", \"victimType\": \"INDIVIDUAL\", "
            + "\"vulnerableVictim\": true, \"reportedLoss\": 4225.0, "
            + "\"receivedAt\": \"2018-04-02T17:00:00Z\", \"vulnerability\": \"ELDERLY\"}";

    /**
     * The contract's description of the {@code X-Justification} header that every read of referrals demands
     * ({@link Justification#require}); declared on each such operation so the OpenAPI document shows it.
     */
    static final String WHY_HEADER = "Why you need these records about victims (" + Justification.MIN_LENGTH + " to "
            + Justification.MAX_LENGTH + " characters), kept in the DPA 2018 s.62 audit log. Without it the read is"
            + " refused with 400 justification-required, and the refusal is logged.";

    @Inject
    ReferralIntakeService intake;

    @Inject
    ReferralCaseService cases;

    @Inject
    ReferralQueryService queries;

    @Inject
    Justification justification;

    @Inject
    CurrentCaller caller;

    /** Receives a referral: 201 when new, 200 with the original when the same reference says the same thing again. */
    @Operation(summary = "Receive a referral",
            description = "Receives a referral (from Action Fraud or a direct report; a force system posts its own "
                          + "force's): 201 with it, its Location and ETag; 200 with the original when the same "
                          + "reference says the same thing again.")
    @APIResponse(responseCode = "201", description = "Received: the referral.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "200", description = "Received before: the original referral.",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The reference was already taken in with other content.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = NaturalKeyConflict.TYPE))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable marking-above-clearance"))
    @POST
    @RolesAllowed({"cyber-officer", "force-recorder"})
    public Response receiveReferral(
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "demo",
                    summary = "A referral (demo data, deploy/demo/31-cyber-referrals.json)", value = DEMO_REFERRAL)))
            @Valid @NotNull ReceiveReferral request, @Context UriInfo uri) {
        Intake result = intake.receive(request, caller.get());
        Referral r = result.referral();
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                : Response.ok().location(uri.getAbsolutePathBuilder().path(r.id.toString()).build());
        return response.tag(ETags.tag(r.version)).entity(ReferralView.of(r)).build();
    }

    /** Referrals oldest first, optionally one work queue; needs X-Justification. */
    @Operation(summary = "List referrals",
            description = "Referrals the caller may see, oldest first, optionally one work queue, a cursor page. The "
                          + "reason given in X-Justification is written to the audit log.")
    @GET
    @RolesAllowed({"cyber-officer", "force-recorder"})
    @Parameter(in = ParameterIn.HEADER, name = Justification.HEADER, required = true, description = WHY_HEADER,
            schema = @Schema(type = SchemaType.STRING, minLength = Justification.MIN_LENGTH,
                    maxLength = Justification.MAX_LENGTH))
    public Page<ReferralView> listReferrals(@QueryParam("queue") @DefaultValue("ALL") Queue queue,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        String why = justification.require();
        return queries.list(queue, page, why, caller.get()).map(ReferralView::of);
    }

    /** Vulnerable victims past their contact deadline and not yet contacted; needs X-Justification. */
    @Operation(summary = "List overdue victim contacts",
            description = "Vulnerable victims past their contact deadline and not yet contacted, a cursor page. The "
                          + "reason given in X-Justification is written to the audit log.")
    @GET
    @Path("overdue-victim-contacts")
    @RolesAllowed({"cyber-officer", "force-recorder"})
    @Parameter(in = ParameterIn.HEADER, name = Justification.HEADER, required = true, description = WHY_HEADER,
            schema = @Schema(type = SchemaType.STRING, minLength = Justification.MIN_LENGTH,
                    maxLength = Justification.MAX_LENGTH))
    public Page<ReferralView> listOverdueVictimContacts(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        String why = justification.require();
        return queries.overdueVictimContacts(page, why, caller.get()).map(ReferralView::of);
    }

    /** One referral; needs X-Justification. */
    @Operation(summary = "Read one referral",
            description = "One referral the caller may see, with its ETag. The reason given in X-Justification is "
                          + "written to the audit log.")
    @APIResponse(responseCode = "200", description = "The referral.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @GET
    @Path("{id}")
    @RolesAllowed({"cyber-officer", "force-recorder"})
    @Parameter(in = ParameterIn.HEADER, name = Justification.HEADER, required = true, description = WHY_HEADER,
            schema = @Schema(type = SchemaType.STRING, minLength = Justification.MIN_LENGTH,
                    maxLength = Justification.MAX_LENGTH))
    public Response getReferral(@PathParam("id") String id) {
        String why = justification.require(ReferralEvents.AGGREGATE, id);
        Referral r = queries.get(id, why, caller.get());
        return Response.ok(ReferralView.of(r)).tag(ETags.tag(r.version)).build();
    }

    /** The Economic Crime Unit's triage, once per referral. */
    @Operation(summary = "Triage a referral",
            description = "The Economic Crime Unit's triage, once per referral.")
    @APIResponse(responseCode = "200", description = "The triaged referral.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral was triaged already: correct the triage instead.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "already-triaged"))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("{id}/triage")
    @RolesAllowed("cyber-officer")
    public Response triageReferral(@PathParam("id") String id, @Valid @NotNull Triage request) {
        return view(cases.triage(id, request, caller.get()));
    }

    /** Corrects a triage already made; needs If-Match and a reason, and is audited. */
    @Operation(summary = "Correct a referral's triage",
            description = "Corrects a triage already made, with a reason; audited. Needs If-Match with its current "
                          + "ETag.")
    @APIResponse(responseCode = "200", description = "The referral with the corrected triage.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral has not been triaged.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "not-triaged"))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("{id}/triage-correction")
    @RolesAllowed("cyber-officer")
    public Response correctReferralTriage(@PathParam("id") String id, @Valid @NotNull TriageCorrection request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(cases.correctTriage(id, request, ifMatch, caller.get()));
    }

    /** Records the day the victim was first contacted. */
    @Operation(summary = "Record the victim contact",
            description = "Records the day the victim was first contacted.")
    @APIResponse(responseCode = "200", description = "The referral.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The victim contact was recorded already.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "victim-already-contacted"))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("{id}/victim-contact")
    @RolesAllowed({"cyber-officer", "force-recorder"})
    public Response recordVictimContact(@PathParam("id") String id, @Valid @NotNull VictimContact request) {
        return view(cases.recordVictimContact(id, request, caller.get()));
    }

    /** Records that a directly reported referral was sent on to Action Fraud for recording. */
    @Operation(summary = "Record a referral sent to Action Fraud",
            description = "Records that a directly reported referral was sent on to Action Fraud for recording.")
    @APIResponse(responseCode = "200", description = "The referral.",
            headers = {@Header(name = "ETag")},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The referral came from Action Fraud, or was sent already.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "came-from-action-fraud already-sent"))
    @APIResponse(responseCode = "422", description = "The record breaks a rule (the problem names the field), or its "
            + "marking is above the caller's clearance.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "unprocessable"))
    @POST
    @Path("{id}/sent-to-action-fraud")
    @RolesAllowed({"cyber-officer", "force-recorder"})
    public Response recordSentToActionFraud(@PathParam("id") String id, @Valid @NotNull SentToActionFraud request) {
        return view(cases.recordSentToActionFraud(id, request, caller.get()));
    }

    private static Response view(Referral r) {
        return Response.ok(ReferralView.of(r)).tag(ETags.tag(r.version)).build();
    }
}
