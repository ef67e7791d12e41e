package uk.police.wm.rcs.gateway.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.police.wm.rcs.gateway.boardpack.GovukFrontend;
import uk.police.wm.rcs.platform.problem.Problems;

/**
 * GOV.UK Frontend's fonts and images, which its stylesheet asks for at {@code /assets/fonts/...} and
 * {@code /assets/images/...}, served from the webjar on the classpath (the page never reaches the internet). Only
 * plain file names of those two folders are served.
 */
@Path("/assets/{folder: fonts|images}/{file: [a-z0-9-]+\\.(woff2|woff|svg|png|ico)}")
@PermitAll
public class GovukAssets {

    @GET
    @Operation(hidden = true)
    public Response govukAsset(@PathParam("folder") String folder, @PathParam("file") String file) {
        InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(GovukFrontend.DIST + "assets/" + folder + "/" + file);
        if (in == null) {
            throw Problems.notFound("No such GOV.UK Frontend asset: " + folder + "/" + file);
        }
        return Response.ok(in, type(file)).header("Cache-Control", "public, max-age=86400").build();
    }

    private static String type(String file) {
        return file.endsWith(".woff2") ? "font/woff2" : file.endsWith(".woff") ? "font/woff"
                : file.endsWith(".svg") ? "image/svg+xml" : file.endsWith(".png") ? "image/png" : "image/x-icon";
    }
}
