package uk.police.wm.rcs.gateway.partner;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.wm.rcs.platform.openapi.ProblemTypes;
import uk.police.wm.rcs.platform.security.CurrentCaller;

/** The partner feed over HTTP, for partner regions without Kafka: see {@link PartnerStream}. */
@Path("/api/v1/partner/events")
@Tag(name = "Partner regions", description = "What partner regions may see: only what is shareable.")
public class PartnerEventsResource {

    @Inject
    PartnerStream stream;

    @Inject
    CurrentCaller caller;

    @Operation(summary = "Stream the partner feed (Server-Sent Events)",
            description = "The events of the partner.events topic as Server-Sent Events, for a partner region "
                          + "without Kafka: each event's `id:` is its number in the stream, `event:` its CloudEvents "
                          + "type and `data:` the CloudEvent in JSON (structured mode, the same id, attributes and "
                          + "data as on the topic). Without Last-Event-ID the stream starts at the oldest event it "
                          + "keeps; with it, right after that event: every later event once, none twice. A comment "
                          + "line (`: keep-alive`) is sent when nothing happened for a while. Of the cross-border "
                          + "notice decisions a region sees only those on notices it sent.")
    @APIResponse(responseCode = "200", description = "The stream; it stays open.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = "text/event-stream: per event the lines `id: <number>`, `event: <CloudEvents "
                                  + "type>`, `data: <CloudEvent JSON>` and an empty line; `: keep-alive` comments "
                                  + "between events.",
                    example = "id: 42\nevent: uk.police.wm.partner.threat-level.changed.v1\ndata: {\"specversion\":"
                              + "\"1.0\",\"id\":\"8f0c...\",\"type\":\"uk.police.wm.partner.threat-level.changed.v1\""
                              + ",\"data\":{}}\n\n")))
    @APIResponse(responseCode = "410", description = "Events after the Last-Event-ID given are older than the "
                                                     + "stream keeps (rcs.partner-stream.retention), or the stream "
                                                     + "never sent that event (it was reset): reconnect without it.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "events-expired"))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not the number of an event.",
            extensions = @Extension(name = ProblemTypes.EXTENSION, value = "invalid-last-event-id"))
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed("region-partner")
    public Multi<OutboundSseEvent> streamPartnerEvents(
            @HeaderParam(PartnerStream.LAST_EVENT_ID) @Parameter(in = ParameterIn.HEADER,
                    name = PartnerStream.LAST_EVENT_ID, description = "The id of the last event received: the "
                    + "stream resumes right after it (browsers' EventSource sends it when reconnecting).",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,18}$", maxLength = 18))
            String lastEventId, @Context Sse sse) {
        return stream.events(caller.get().partnerRegion(), lastEventId, sse);
    }
}
