package uk.police.wm.rcs.gateway.caller;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells an integrator how the system sees its token: roles, force, clearance and caveats. */
@Path("/api/v1/me")
@Authenticated
@Tag(name = "Caller", description = "How the system sees a token.")
public class CallerResource {

    @Inject
    CurrentCaller currentCaller;

    /** The caller as every service reads it from the token. */
    public record CallerView(String subject, String clientId, List<String> roles, String force, String clearance,
            List<String> caveats) {
    }

    @Operation(summary = "Read how the system sees your token",
            description = "The caller as every service reads it from the token: subject, client, roles, force, "
                          + "clearance and caveats.")
    @GET
    public CallerView getCaller() {
        Caller caller = currentCaller.get();
        return new CallerView(caller.subject(), caller.clientId(), caller.roles().stream().sorted().toList(),
                caller.force().map(Enum::name).orElse(null), caller.clearance().name(),
                caller.caveats().stream().sorted().toList());
    }
}
