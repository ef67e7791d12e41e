package uk.police.wm.rcs.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.CurrentCaller;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/** Test resource for the caller producer, role checks and visibility. */
@Path("/test/security")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityResource {

    @Inject
    CurrentCaller caller;

    @GET
    @Path("me")
    @Authenticated
    public Caller me() {
        return caller.get();
    }

    @GET
    @Path("analyst")
    @RolesAllowed("analyst")
    public String analyst() {
        return "\"ok\"";
    }

    @GET
    @Path("record")
    @Authenticated
    public String record(@QueryParam("classification") Classification classification,
            @QueryParam("caveat") java.util.List<String> caveats) {
        Visibility.requireVisible(caller.get(), new SecurityMarking(classification, java.util.Set.copyOf(caveats)));
        return "\"visible\"";
    }

    /** The write rule alone: may the caller give a record this marking? */
    @POST
    @Path("mark")
    @Authenticated
    public String mark(@QueryParam("classification") Classification classification) {
        Visibility.requireMayMark(caller.get(), new SecurityMarking(classification, java.util.Set.of()));
        return "\"may mark\"";
    }
}
