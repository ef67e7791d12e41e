package uk.police.wm.rcs.stack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Gets access tokens from the west-midlands realm with the development credentials, and reads their claims. */
public final class KeycloakTokens {

    /** The public client with the password grant, for developers and tests. */
    public static final String CLI_CLIENT = "rcs-cli";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String realmUrl;

    /**
     * @param realmUrl e.g. {@code http://127.0.0.1:18080/realms/west-midlands}
     */
    public KeycloakTokens(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /**
     * The secret of a confidential client as the realm import resolved it: the environment variable
     * {@code <CLIENT_ID>_SECRET} (e.g. {@code FORCE_WMP_SECRET}) when set, else {@code dev-<clientId>-secret}.
     */
    public static String clientSecret(String clientId) {
        String variable = clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
        String fromEnvironment = System.getenv(variable);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "dev-" + clientId + "-secret";
    }

    /** The token endpoint of the realm. */
    public String tokenEndpoint() {
        return realmUrl + "/protocol/openid-connect/token";
    }

    /** An access token for a synthetic user through the CLI client; the development password is the username. */
    public String userToken(String username) {
        return passwordGrant(CLI_CLIENT, username, username);
    }

    /** An access token through the password grant of a public client. */
    public String passwordGrant(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return requestToken(form, "user " + username);
    }

    /** An access token for a confidential client through client credentials, with its development secret. */
    public String clientToken(String clientId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret(clientId));
        return requestToken(form, "client " + clientId);
    }

    private String requestToken(Map<String, String> form, String who) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + who + ": HTTP " + response.statusCode() + " " + response.body());
            }
            Object token = JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() { }).get("access_token");
            if (!(token instanceof String accessToken)) {
                throw new IllegalStateException("No access_token for " + who + " in " + response.body());
            }
            return accessToken;
        } catch (IOException e) {
            throw new IllegalStateException("Could not reach " + tokenEndpoint() + " for " + who, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while getting a token for " + who, e);
        }
    }

    /** The claims of a JWT's payload, unverified: for tests and diagnostics, never for authorisation decisions. */
    public static Map<String, Object> claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a JWT");
        }
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalArgumentException("Unreadable JWT payload", e);
        }
    }
}
