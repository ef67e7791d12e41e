package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every Secret a manifest may refer to, with its keys: those the operators make from the custom resources
 * (CloudNativePG, Strimzi, Keycloak), those declared as manifests, and those the installer makes
 * ({@code install-secrets.txt} beside the kustomization).
 */
public final class KnownSecrets {

    /** The file listing Secrets made at install time, one {@code name: key, key} per line. */
    public static final String INSTALL_SECRETS = "install-secrets.txt";

    private final Map<String, Set<String>> keysBySecret = new HashMap<>();

    public KnownSecrets(ManifestSet set) {
        for (Manifest cluster : set.ofKind("Cluster")) {
            // CloudNativePG's application user Secret
            add(cluster.name() + "-app", "username", "password", "hostname", "port", "dbname", "user", "pgpass",
                    "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri");
        }
        for (Manifest user : set.ofKind("KafkaUser")) {
            if (user.spec().path("authentication").path("type").asText().startsWith("scram-sha")) {
                add(user.name(), "password", "sasl.jaas.config");
            }
        }
        for (Manifest kafka : set.ofKind("Kafka")) {
            add(kafka.name() + "-cluster-ca-cert", "ca.crt", "ca.p12", "ca.password");
        }
        for (Manifest keycloak : set.ofKind("Keycloak")) {
            add(keycloak.name() + "-initial-admin", "username", "password");
        }
        for (Manifest secret : set.ofKind("Secret")) {
            secret.node().path("data").fieldNames().forEachRemaining(k -> add(secret.name(), k));
            secret.node().path("stringData").fieldNames().forEachRemaining(k -> add(secret.name(), k));
        }
        Path installSecrets = set.root().resolve(INSTALL_SECRETS);
        if (Files.exists(installSecrets)) {
            try {
                for (String line : Files.readAllLines(installSecrets)) {
                    String entry = line.strip();
                    if (entry.isEmpty() || entry.startsWith("#") || !entry.contains(":")) {
                        continue;
                    }
                    String name = entry.substring(0, entry.indexOf(':')).strip();
                    add(name, Arrays.stream(entry.substring(entry.indexOf(':') + 1).split(","))
                            .map(String::strip).filter(k -> !k.isEmpty()).toArray(String[]::new));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void add(String name, String... keys) {
        keysBySecret.computeIfAbsent(name, n -> new TreeSet<>()).addAll(Arrays.asList(keys));
    }

    public boolean exists(String name) {
        return keysBySecret.containsKey(name);
    }

    /** Whether the Secret exists with that key; a null key only asks for the Secret. */
    public boolean has(String name, String key) {
        return exists(name) && (key == null || keysBySecret.get(name).contains(key));
    }

    /** The message for a reference to a Secret key that does not resolve. */
    public String explain(String name, String key) {
        return exists(name) ? "Secret " + name + " has no key " + key + " (it has " + keysBySecret.get(name) + ")"
                : "no Secret " + name + " (neither made by an operator, declared, nor in " + INSTALL_SECRETS + ")";
    }

    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
