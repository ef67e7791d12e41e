package uk.police.wm.rcs.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

/**
 * The realm's signing key, chosen by us instead of by Keycloak: Keycloak here runs on an in-memory database and would
 * make a new key at every start, so a restart would void every token issued before and leave the services with keys
 * that no longer exist. Production Keycloak keeps its keys in its database; giving each {@link KeycloakServer} one key
 * for all its starts behaves the same. The key is generated in memory at each launcher's start and never written to
 * the repository (only into the server's own import folder).
 */
final class RealmKeys {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY_PROVIDER = "org.keycloak.keys.KeyProvider";

    private RealmKeys() {
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA key generator in this JVM", e);
        }
    }

    /**
     * Copies the realm file, adding key providers: the given RSA key for RS256 (imported, so the same at every start)
     * and Keycloak's generated HMAC and AES keys (refresh tokens and cookies, which do not outlive an in-memory
     * Keycloak anyway).
     */
    static void write(Path realmFile, Path target, KeyPair key) {
        try {
            ObjectNode realm = (ObjectNode) JSON.readTree(realmFile.toFile());
            ObjectNode components = realm.has("components") ? (ObjectNode) realm.get("components") : realm.putObject("components");
            ArrayNode providers = components.putArray(KEY_PROVIDER);
            provider(providers, "rsa-kept", "rsa", Map.of("privateKey",
                    Base64.getEncoder().encodeToString(key.getPrivate().getEncoded()), "priority", "200", "algorithm", "RS256",
                    "keyUse", "SIG", "active", "true", "enabled", "true"));
            provider(providers, "hmac-generated", "hmac-generated", Map.of("priority", "100", "algorithm", "HS512"));
            provider(providers, "aes-generated", "aes-generated", Map.of("priority", "100"));
            JSON.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void provider(ArrayNode providers, String name, String providerId, Map<String, String> config) {
        ObjectNode provider = providers.addObject();
        provider.put("name", name);
        provider.put("providerId", providerId);
        provider.putObject("subComponents");
        ObjectNode values = provider.putObject("config");
        config.forEach((k, v) -> values.putArray(k).add(v));
    }
}
