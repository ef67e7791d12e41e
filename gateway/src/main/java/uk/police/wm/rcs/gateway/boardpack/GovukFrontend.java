package uk.police.wm.rcs.gateway.boardpack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the GOV.UK Frontend webjar ({@code org.webjars.npm:govuk-frontend}) puts its files: the version is read from
 * the webjar itself, so upgrading it in the pom is the only change. Quarkus serves the webjar's stylesheet from the
 * classpath ({@code /webjars/...}); its fonts and images, which the stylesheet asks for at {@code /assets/...}, are
 * served by {@code web.GovukAssets}. Nothing is fetched from the internet.
 */
public final class GovukFrontend {

    public static final String VERSION = version();

    /** Inside the jar: the webjar's {@code dist/govuk} folder. */
    public static final String DIST = "META-INF/resources/webjars/govuk-frontend/" + VERSION + "/dist/govuk/";

    /** The stylesheet's URL on the gateway. */
    public static final String STYLESHEET = "/webjars/govuk-frontend/" + VERSION + "/dist/govuk/govuk-frontend.min.css";

    private GovukFrontend() {
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = GovukFrontend.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the govuk-frontend webjar is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
