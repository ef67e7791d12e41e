package uk.police.wm.rcs.cyber.referral;

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
import uk.police.wm.rcs.platform.audit.Justification;
import uk.police.wm.rcs.platform.http.ETags;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/**
 * Action Fraud referrals: intake, the Economic Crime Unit's triage, victim contact and sending on for recording.
 * A referral's {@code {id}} in a path is its id or its Action Fraud reference.
 */
@Path("/api/v1/referrals")
public class ReferralResource {

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
    @POST
    @RolesAllowed({"cyber-officer", "force-recorder"})
    public Response receive(@Valid @NotNull ReceiveReferral request, @Context UriInfo uri) {
        Intake result = intake.receive(request, caller.get());
        Referral r = result.referral();
        Response.ResponseBuilder response = result.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                : Response.ok().location(uri.getAbsolutePathBuilder().path(r.id.toString()).build());
        return response.tag(ETags.tag(r.version)).entity(ReferralView.of(r)).build();
    }

    /** Referrals oldest first, optionally one work queue; needs X-Justification. */
    @GET
    @RolesAllowed({"cyber-officer", "force-recorder"})
    @Parameter(in = ParameterIn.HEADER, name = Justification.HEADER, required = true, description = WHY_HEADER,
            schema = @Schema(type = SchemaType.STRING, minLength = Justification.MIN_LENGTH,
                    maxLength = Justification.MAX_LENGTH))
    public Page<ReferralView> list(@QueryParam("queue") @DefaultValue("ALL") Queue queue,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        String why = justification.require();
        return queries.list(queue, page, why, caller.get()).map(ReferralView::of);
    }

    /** Vulnerable victims past their contact deadline and not yet contacted; needs X-Justification. */
    @GET
    @Path("overdue-victim-contacts")
    @RolesAllowed({"cyber-officer", "force-recorder"})
    @Parameter(in = ParameterIn.HEADER, name = Justification.HEADER, required = true, description = WHY_HEADER,
            schema = @Schema(type = SchemaType.STRING, minLength = Justification.MIN_LENGTH,
                    maxLength = Justification.MAX_LENGTH))
    public Page<ReferralView> overdueVictimContacts(@QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        String why = justification.require();
        return queries.overdueVictimContacts(page, why, caller.get()).map(ReferralView::of);
    }

    /** One referral; needs X-Justification. */
    @GET
    @Path("{id}")
    @RolesAllowed({"cyber-officer", "force-recorder"})
    @Parameter(in = ParameterIn.HEADER, name = Justification.HEADER, required = true, description = WHY_HEADER,
            schema = @Schema(type = SchemaType.STRING, minLength = Justification.MIN_LENGTH,
                    maxLength = Justification.MAX_LENGTH))
    public Response get(@PathParam("id") String id) {
        String why = justification.require(ReferralEvents.AGGREGATE, id);
        Referral r = queries.get(id, why, caller.get());
        return Response.ok(ReferralView.of(r)).tag(ETags.tag(r.version)).build();
    }

    /** The Economic Crime Unit's triage, once per referral. */
    @POST
    @Path("{id}/triage")
    @RolesAllowed("cyber-officer")
    public Response triage(@PathParam("id") String id, @Valid @NotNull Triage request) {
        return view(cases.triage(id, request, caller.get()));
    }

    /** Corrects a triage already made; needs If-Match and a reason, and is audited. */
    @POST
    @Path("{id}/triage-correction")
    @RolesAllowed("cyber-officer")
    public Response correctTriage(@PathParam("id") String id, @Valid @NotNull TriageCorrection request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(cases.correctTriage(id, request, ifMatch, caller.get()));
    }

    /** Records the day the victim was first contacted. */
    @POST
    @Path("{id}/victim-contact")
    @RolesAllowed({"cyber-officer", "force-recorder"})
    public Response victimContact(@PathParam("id") String id, @Valid @NotNull VictimContact request) {
        return view(cases.recordVictimContact(id, request, caller.get()));
    }

    /** Records that a directly reported referral was sent on to Action Fraud for recording. */
    @POST
    @Path("{id}/sent-to-action-fraud")
    @RolesAllowed({"cyber-officer", "force-recorder"})
    public Response sentToActionFraud(@PathParam("id") String id, @Valid @NotNull SentToActionFraud request) {
        return view(cases.recordSentToActionFraud(id, request, caller.get()));
    }

    private static Response view(Referral r) {
        return Response.ok(ReferralView.of(r)).tag(ETags.tag(r.version)).build();
    }
}
