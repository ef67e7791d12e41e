package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.stack.KeycloakServer;
import uk.police.wm.rcs.stack.KeycloakTokens;

/**
 * The suite's tokens: real ones from the realm for each reader profile, and the bad ones every operation must refuse
 * (expired, signed by another key, {@code alg: none}, a real token with its payload changed).
 */
final class SuiteTokens {

    /** A client of the realm whose access tokens live 2 s, created by the suite through the admin API. */
    static final String EXPIRING_CLIENT = "security-suite-expiring";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeycloakServer keycloak;
    private final KeyPair foreignKey;

    SuiteTokens(KeycloakServer keycloak) {
        this.keycloak = keycloak;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.foreignKey = generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    KeycloakTokens realm() {
        return keycloak.tokens();
    }

    /** A copy of a real token's claims signed with a key Keycloak never had, under the realm key's {@code kid}. */
    String signedByAnotherKey(String realToken) {
        Map<String, Object> header = new LinkedHashMap<>(part(realToken, 0));
        return sign(header, KeycloakTokens.claims(realToken));
    }

    /** A real token's claims, its {@code iat}/{@code exp} an hour ago, signed by another key. */
    String expiredSignedByAnotherKey(String realToken) {
        Map<String, Object> claims = new LinkedHashMap<>(KeycloakTokens.claims(realToken));
        long hourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        claims.put("iat", hourAgo - 300);
        claims.put("exp", hourAgo);
        return sign(new LinkedHashMap<>(part(realToken, 0)), claims);
    }

    /** A real token's payload under {@code {"alg":"none"}} and no signature. */
    static String algNone(String realToken) {
        String[] parts = realToken.split("\\.");
        return encode(Map.of("alg", "none", "typ", "JWT")) + "." + parts[1] + ".";
    }

    /** A real token with one claim changed in its payload and the original signature kept. */
    static String tampered(String realToken, String claim, Object value) {
        String[] parts = realToken.split("\\.");
        Map<String, Object> claims = new LinkedHashMap<>(KeycloakTokens.claims(realToken));
        claims.put(claim, value);
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    /**
     * A real, correctly signed token of the realm that has expired: through a client whose tokens live 2 s, for the
     * given user, then awaited until its {@code exp} is past (a real condition, read from the token).
     */
    String expired(String username) {
        String token = keycloak.tokens().passwordGrant(EXPIRING_CLIENT, username, username);
        long exp = ((Number) KeycloakTokens.claims(token).get("exp")).longValue();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().getEpochSecond() > exp + 1);
        return token;
    }

    /**
     * Creates {@link #EXPIRING_CLIENT} as a copy of the realm's CLI client (same audience and claim mappers) with
     * 2-second access tokens, through the admin API of this test stack's own Keycloak (its development bootstrap
     * admin, see {@code KeycloakServer}).
     */
    void createExpiringClient() {
        String admin = adminToken();
        JsonNode cli = adminGet(admin, "/clients?clientId=" + KeycloakTokens.CLI_CLIENT).get(0);
        ObjectNode copy = cli.deepCopy();
        copy.remove("id");
        copy.put("clientId", EXPIRING_CLIENT);
        copy.put("name", EXPIRING_CLIENT);
        ((ObjectNode) copy.with("attributes")).put("access.token.lifespan", "2");
        if (copy.get("protocolMappers") instanceof ArrayNode mappers) {
            mappers.forEach(m -> ((ObjectNode) m).remove("id"));
        }
        adminPost(admin, "/clients", copy);
    }

    /** Adds a synthetic user (password = user name) with realm roles and marking attributes. */
    void createUser(String username, List<String> roles, String clearance, List<String> caveats) {
        String admin = adminToken();
        ObjectNode user = JSON.createObjectNode();
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@example.invalid");
        user.put("emailVerified", true);
        user.put("firstName", "Synthetic");
        user.put("lastName", username);
        ObjectNode attributes = user.putObject("attributes");
        attributes.putArray("clearance").add(clearance);
        ArrayNode caveatValues = attributes.putArray("caveats");
        caveats.forEach(caveatValues::add);
        ObjectNode credential = user.putArray("credentials").addObject();
        credential.put("type", "password");
        credential.put("value", username);
        credential.put("temporary", false);
        adminPost(admin, "/users", user);
        String id = adminGet(admin, "/users?exact=true&username=" + username).get(0).get("id").asText();
        ArrayNode roleRepresentations = JSON.createArrayNode();
        for (String role : roles) {
            roleRepresentations.add(adminGet(admin, "/roles/" + role));
        }
        adminPost(admin, "/users/" + id + "/role-mappings/realm", roleRepresentations);
    }

    /**
     * Adds a force system the realm lacks: a copy of {@code source} (same audience and force claim) under a new
     * client id whose tokens carry another clearance and caveats, its service account given {@code roles}. The
     * secret is the development one {@link KeycloakTokens#clientSecret} expects.
     */
    void createForceClient(String clientId, String source, String clearance, List<String> caveats, List<String> roles) {
        String admin = adminToken();
        ObjectNode copy = adminGet(admin, "/clients?clientId=" + source).get(0).deepCopy();
        copy.remove("id");
        copy.put("clientId", clientId);
        copy.put("name", clientId);
        copy.put("secret", KeycloakTokens.clientSecret(clientId));
        ArrayNode mappers = copy.withArray("protocolMappers");
        mappers.forEach(m -> {
            ((ObjectNode) m).remove("id");
            if ("clearance".equals(m.path("config").path("claim.name").asText())) {
                ((ObjectNode) m.get("config")).put("claim.value", clearance);
            }
        });
        if (!caveats.isEmpty()) {
            ObjectNode mapper = mappers.addObject();
            mapper.put("name", "hardcoded-caveats");
            mapper.put("protocol", "openid-connect");
            mapper.put("protocolMapper", "oidc-hardcoded-claim-mapper");
            ObjectNode config = mapper.putObject("config");
            config.put("claim.name", "caveats");
            config.put("claim.value", String.join(",", caveats));
            config.put("jsonType.label", "String");
            config.put("access.token.claim", "true");
            config.put("introspection.token.claim", "true");
        }
        adminPost(admin, "/clients", copy);
        String id = adminGet(admin, "/clients?clientId=" + clientId).get(0).get("id").asText();
        String user = adminGet(admin, "/clients/" + id + "/service-account-user").get("id").asText();
        ArrayNode roleRepresentations = JSON.createArrayNode();
        for (String role : roles) {
            roleRepresentations.add(adminGet(admin, "/roles/" + role));
        }
        adminPost(admin, "/users/" + user + "/role-mappings/realm", roleRepresentations);
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + enc(env("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"))
                + "&password=" + enc(env("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return read(response).get("access_token").asText();
    }

    private JsonNode adminGet(String admin, String path) {
        return read(send(HttpRequest.newBuilder(URI.create(adminUrl() + path)).header("Authorization", "Bearer " + admin).GET()));
    }

    private void adminPost(String admin, String path, JsonNode body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(adminUrl() + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak admin POST " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    private String adminUrl() {
        return keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String sign(Map<String, Object> header, Map<String, Object> claims) {
        try {
            String signingInput = encode(header) + "." + encode(claims);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(foreignKey.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> part(String jwt, int index) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), Map.class);
            return map;
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String encode(Map<String, ?> json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The realm roles of a real token. */
    @SuppressWarnings("unchecked")
    static List<String> roles(String token) {
        Object access = KeycloakTokens.claims(token).get("realm_access");
        if (access instanceof Map<?, ?> map && map.get("roles") instanceof List<?> roles) {
            return new ArrayList<>((List<String>) roles);
        }
        return List.of();
    }
}
