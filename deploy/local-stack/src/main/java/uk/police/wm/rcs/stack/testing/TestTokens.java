package uk.police.wm.rcs.stack.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Test resource: a fresh RSA key per JVM whose public half the OIDC extension verifies bearer tokens with
 * ({@code quarkus.oidc.public-key}), and a signer for real RS256 tokens with Keycloak-shaped claims.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    private static final String PRIVATE_KEY = "uk.police.wm.rcs.test.private-key";
    private static final String PUBLIC_KEY = "uk.police.wm.rcs.test.public-key";
    private static final Object LOCK = "uk.police.wm.rcs.test.tokens";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The audience every service checks ({@code quarkus.oidc.token.audience}), as the realm's mapper sets it. */
    public static final String AUDIENCE = "rcs-services";

    @Override
    public Map<String, String> start() {
        synchronized (LOCK) {
            if (System.getProperty(PUBLIC_KEY) == null) {
                try {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                    KeyPair pair = generator.generateKeyPair();
                    System.setProperty(PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                    System.setProperty(PUBLIC_KEY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        // the key replaces Keycloak: an empty auth-server-url unsets the service's own, so OIDC discovers nothing
        return Map.of("quarkus.oidc.public-key", System.getProperty(PUBLIC_KEY), "quarkus.oidc.auth-server-url", "");
    }

    @Override
    public void stop() {
    }

    /** A token builder for {@code sub}, valid for five minutes. */
    public static Builder forSubject(String subject) {
        return new Builder(subject);
    }

    /** Builds and signs a token. */
    public static final class Builder {
        private final Map<String, Object> claims = new LinkedHashMap<>();

        private Builder(String subject) {
            long now = Instant.now().getEpochSecond();
            claims.put("iss", "https://keycloak.test/realms/west-midlands");
            claims.put("sub", subject);
            claims.put("iat", now);
            claims.put("exp", now + 300);
            claims.put("azp", "test-client");
            claims.put("aud", AUDIENCE);
        }

        /** A person with realm roles and a clearance, as the realm's user-attribute mappers put them. */
        public Builder person(String clearance, String... roles) {
            return roles(roles).claim("clearance", clearance);
        }

        /** A force system: the {@code force} claim, the {@code force-recorder} and {@code machine} roles. */
        public Builder forceSystem(String force) {
            return claim("azp", "force-" + force.toLowerCase(Locale.ROOT)).claim("force", force)
                    .claim("clearance", "OFFICIAL_SENSITIVE").roles("force-recorder", "machine");
        }

        public Builder caveats(String... caveats) {
            return claim("caveats", List.of(caveats));
        }

        public Builder roles(String... roles) {
            claims.put("realm_access", Map.of("roles", List.of(roles)));
            return this;
        }

        public Builder claim(String name, Object value) {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
            return this;
        }

        public String sign() {
            try {
                String header = encode(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")));
                String payload = encode(JSON.writeValueAsBytes(claims));
                byte[] der = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY));
                PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(key);
                signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
                return header + "." + payload + "." + encode(signature.sign());
            } catch (Exception e) {
                throw new IllegalStateException("could not sign a test token", e);
            }
        }

        private static String encode(byte[] bytes) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
