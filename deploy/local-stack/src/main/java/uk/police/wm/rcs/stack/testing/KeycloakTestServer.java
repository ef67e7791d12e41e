package uk.police.wm.rcs.stack.testing;

import uk.police.wm.rcs.stack.KeycloakServer;
import uk.police.wm.rcs.stack.KeycloakTokens;
import uk.police.wm.rcs.stack.RepoLayout;

/**
 * A real Keycloak with the west-midlands realm for end-to-end tests: one per test JVM, on free loopback ports,
 * stopped by a shutdown hook. Like {@link PostgresKafkaTestResource}, the shared state is a system property, so every
 * class loader of the JVM gets the same server.
 */
public final class KeycloakTestServer {

    private static final String HTTP_PORT = "uk.police.wm.rcs.test-infrastructure.keycloak.http-port";
    /** Same literal in every class loader, hence one lock per JVM (see {@link PostgresKafkaTestResource}). */
    private static final Object JVM_WIDE_LOCK = "uk.police.wm.rcs.test-infrastructure.keycloak.lock";

    private final int httpPort;

    private KeycloakTestServer(int httpPort) {
        this.httpPort = httpPort;
    }

    /** The JVM's Keycloak, started on first use (about 15 to 25 s; the distribution is prepared once per machine). */
    public static KeycloakTestServer get() {
        synchronized (JVM_WIDE_LOCK) {
            String port = System.getProperty(HTTP_PORT);
            if (port == null) {
                KeycloakServer server = KeycloakServer.start(RepoLayout.locate(), 0, 0, null);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-test-server-stop"));
                port = Integer.toString(server.httpPort());
                System.setProperty(HTTP_PORT, port);
            }
            return new KeycloakTestServer(Integer.parseInt(port));
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The realm URL: the issuer, and the value for {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + KeycloakServer.REALM;
    }

    /** The HTTP port. */
    public int httpPort() {
        return httpPort;
    }

    /** An access token for a synthetic user of the realm (password grant through rcs-cli; password = username). */
    public String token(String username) {
        return tokens().userToken(username);
    }

    /** An access token for a confidential client (client credentials with its development secret). */
    public String clientToken(String clientId) {
        return tokens().clientToken(clientId);
    }

    /** The token helper, e.g. for a password grant with another password. */
    public KeycloakTokens tokens() {
        return new KeycloakTokens(realmUrl());
    }
}
