package uk.police.wm.rcs.rocu.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RSA key the benchmarked service verifies tokens with ({@code QUARKUS_OIDC_PUBLIC_KEY}), and RS256 tokens. */
final class BenchmarkTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KeyPair pair;

    BenchmarkTokens() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        pair = generator.generateKeyPair();
    }

    String publicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** A force system's client-credentials token, shaped as the realm issues it, valid for an hour. */
    String forceSystem(String force) throws Exception {
        String name = force.toLowerCase();
        Map<String, Object> claims = claims("service-account-force-" + name, "force-" + name);
        claims.put("force", force);
        claims.put("clearance", "OFFICIAL_SENSITIVE");
        claims.put("realm_access", Map.of("roles", List.of("force-recorder", "machine")));
        return sign(claims);
    }

    /** A ROCU analyst's token (a person, no force, cleared SECRET), valid for an hour. */
    String analyst() throws Exception {
        Map<String, Object> claims = claims("bench-analyst", "rcs-cli");
        claims.put("clearance", "SECRET");
        claims.put("realm_access", Map.of("roles", List.of("rocu-analyst")));
        return sign(claims);
    }

    private static Map<String, Object> claims(String subject, String client) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://keycloak.benchmark/realms/west-midlands");
        claims.put("sub", subject);
        claims.put("azp", client);
        claims.put("aud", "rcs-services");
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        return claims;
    }

    private String sign(Map<String, Object> claims) throws Exception {
        String header = encode(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
        String payload = encode(JSON.writeValueAsBytes(claims));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(pair.getPrivate());
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + encode(signature.sign());
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
