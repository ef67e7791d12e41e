package uk.police.wm.rcs.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The one endpoint: what a REST application does before it does anything of its own. */
@Path("/hello")
public class Hello {

    @GET
    public String hello() {
        return "hello";
    }
}
