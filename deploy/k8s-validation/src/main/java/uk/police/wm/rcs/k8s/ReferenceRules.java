package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import uk.police.wm.rcs.k8s.Violation.Rule;

/** Every name a manifest points at resolves to something the manifests (or the operators they drive) create. */
final class ReferenceRules {

    private final ManifestSet set;
    private final KnownSecrets secrets;
    private final List<Violation> violations;

    ReferenceRules(ManifestSet set, List<Violation> violations) {
        this.set = set;
        this.secrets = new KnownSecrets(set);
        this.violations = violations;
    }

    void check() {
        for (Manifest manifest : set.manifests()) {
            if (Pods.isWorkload(manifest)) {
                workload(manifest);
            }
            switch (manifest.kind()) {
                case "Service" -> service(manifest);
                case "PodDisruptionBudget" -> selectsAWorkload(manifest, manifest.spec().path("selector"));
                case "HorizontalPodAutoscaler", "ScaledObject" -> scaleTarget(manifest);
                case "TriggerAuthentication" -> triggerAuthentication(manifest);
                case "KeycloakRealmImport" -> realmImport(manifest);
                case "Keycloak" -> keycloak(manifest);
                case "KafkaTopic", "KafkaUser", "KafkaNodePool" -> strimziCluster(manifest);
                case "ScheduledBackup" -> exists(manifest, "Cluster", manifest.spec().path("cluster").path("name").asText(null));
                case "Cluster" -> cnpgCluster(manifest);
                case "ConfigMap" -> manifest.node().path("data").fields()
                        .forEachRemaining(e -> endpoint(manifest, e.getKey(), e.getValue().asText()));
                default -> { }
            }
        }
    }

    private void workload(Manifest workload) {
        for (JsonNode container : Pods.containers(workload)) {
            for (JsonNode env : container.path("env")) {
                JsonNode secretRef = env.path("valueFrom").path("secretKeyRef");
                if (!secretRef.isMissingNode()) {
                    secretKey(workload, secretRef.path("name").asText(null), secretRef.path("key").asText(null));
                }
                JsonNode configMapRef = env.path("valueFrom").path("configMapKeyRef");
                if (!configMapRef.isMissingNode()) {
                    configMapKey(workload, configMapRef.path("name").asText(null), configMapRef.path("key").asText(null));
                }
                if (env.has("value")) {
                    endpoint(workload, env.path("name").asText(), env.path("value").asText());
                }
            }
            for (JsonNode from : container.path("envFrom")) {
                if (from.has("configMapRef")) {
                    exists(workload, "ConfigMap", from.path("configMapRef").path("name").asText(null));
                }
                if (from.has("secretRef")) {
                    secretKey(workload, from.path("secretRef").path("name").asText(null), null);
                }
            }
        }
        for (JsonNode volume : Pods.template(workload).path("spec").path("volumes")) {
            if (volume.has("secret")) {
                secretKey(workload, volume.path("secret").path("secretName").asText(null), null);
            }
            if (volume.has("configMap")) {
                exists(workload, "ConfigMap", volume.path("configMap").path("name").asText(null));
            }
        }
    }

    private void service(Manifest service) {
        selectsAWorkload(service, service.spec().path("selector"));
    }

    private void selectsAWorkload(Manifest manifest, JsonNode selector) {
        boolean selects = set.manifests().stream().filter(Pods::isWorkload)
                .anyMatch(w -> Pods.selects(selector, Pods.labels(w)));
        if (!selects) {
            fail(manifest, "selector " + selector + " matches the pod labels of no workload");
        }
    }

    private void scaleTarget(Manifest manifest) {
        JsonNode target = manifest.spec().path("scaleTargetRef");
        String kind = target.path("kind").asText("Deployment");
        exists(manifest, kind, target.path("name").asText(null));
        for (JsonNode trigger : manifest.spec().path("triggers")) {
            JsonNode auth = trigger.path("authenticationRef");
            if (!auth.isMissingNode()) {
                exists(manifest, auth.path("kind").asText("TriggerAuthentication"), auth.path("name").asText(null));
            }
            JsonNode bootstrap = trigger.path("metadata").path("bootstrapServers");
            if (!bootstrap.isMissingNode()) {
                endpoint(manifest, "bootstrapServers", bootstrap.asText());
            }
        }
    }

    private void triggerAuthentication(Manifest manifest) {
        for (JsonNode ref : manifest.spec().path("secretTargetRef")) {
            secretKey(manifest, ref.path("name").asText(null), ref.path("key").asText(null));
        }
        for (JsonNode ref : manifest.spec().path("configMapTargetRef")) {
            configMapKey(manifest, ref.path("name").asText(null), ref.path("key").asText(null));
        }
    }

    private void realmImport(Manifest manifest) {
        exists(manifest, "Keycloak", manifest.spec().path("keycloakCRName").asText(null));
        manifest.spec().path("placeholders").fields().forEachRemaining(e -> secretKey(manifest,
                e.getValue().path("secret").path("name").asText(null), e.getValue().path("secret").path("key").asText(null)));
    }

    private void keycloak(Manifest manifest) {
        JsonNode db = manifest.spec().path("db");
        for (String field : List.of("usernameSecret", "passwordSecret")) {
            if (db.has(field)) {
                secretKey(manifest, db.path(field).path("name").asText(null), db.path(field).path("key").asText(null));
            }
        }
        if (db.has("host")) {
            endpoint(manifest, "db.host", "postgresql://" + db.path("host").asText() + ":5432");
        }
        String tls = manifest.spec().path("http").path("tlsSecret").asText(null);
        if (tls != null) {
            secretKey(manifest, tls, "tls.crt");
            secretKey(manifest, tls, "tls.key");
        }
    }

    private void strimziCluster(Manifest manifest) {
        String cluster = manifest.node().path("metadata").path("labels").path("strimzi.io/cluster").asText(null);
        if (cluster == null) {
            fail(manifest, "no strimzi.io/cluster label: the Strimzi operators would ignore it");
        } else {
            exists(manifest, "Kafka", cluster);
        }
    }

    private void cnpgCluster(Manifest manifest) {
        JsonNode credentials = manifest.spec().path("backup").path("barmanObjectStore").path("s3Credentials");
        credentials.fields().forEachRemaining(e -> {
            if (e.getValue().has("name")) {
                secretKey(manifest, e.getValue().path("name").asText(), e.getValue().path("key").asText(null));
            }
        });
    }

    /**
     * A value that names an in-cluster host (a URL, a JDBC URL or a host:port) must name something the manifests
     * make: a Service, CloudNativePG's {@code <cluster>-rw|ro|r}, Strimzi's {@code <kafka>-kafka-bootstrap} or the
     * Keycloak operator's {@code <keycloak>-service}. Hosts with a dot are outside the namespace and not checked.
     */
    private void endpoint(Manifest manifest, String key, String value) {
        Optional<String> host = host(value);
        if (host.isEmpty() || host.get().contains(".")) {
            return;
        }
        String name = host.get();
        boolean resolves = set.find("Service", name).isPresent()
                || operatorService(name, "Cluster", "-rw") || operatorService(name, "Cluster", "-ro")
                || operatorService(name, "Cluster", "-r") || operatorService(name, "Kafka", "-kafka-bootstrap")
                || operatorService(name, "Keycloak", "-service");
        if (!resolves) {
            fail(manifest, key + " points at host " + name + ", which no Service, Cluster, Kafka or Keycloak makes");
        }
    }

    private boolean operatorService(String host, String kind, String suffix) {
        return host.endsWith(suffix) && set.find(kind, host.substring(0, host.length() - suffix.length())).isPresent();
    }

    static Optional<String> host(String value) {
        String v = value.strip();
        if (v.startsWith("jdbc:")) {
            v = v.substring(5);
        }
        try {
            if (v.matches("[a-z][a-z0-9+.-]*://[^\\s]+")) {
                return Optional.ofNullable(URI.create(v).getHost());
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (v.matches("[a-z0-9][-a-z0-9.]*:[0-9]+(,[a-z0-9][-a-z0-9.]*:[0-9]+)*")) {
            return Optional.of(v.substring(0, v.indexOf(':')));
        }
        return Optional.empty();
    }

    private void secretKey(Manifest manifest, String name, String key) {
        if (name == null || !secrets.has(name, key)) {
            fail(manifest, secrets.explain(name, key));
        }
    }

    private void configMapKey(Manifest manifest, String name, String key) {
        Optional<Manifest> configMap = set.find("ConfigMap", name == null ? "" : name);
        if (configMap.isEmpty()) {
            fail(manifest, "no ConfigMap " + name);
        } else if (key != null && !configMap.get().node().path("data").has(key)) {
            fail(manifest, "ConfigMap " + name + " has no key " + key);
        }
    }

    private void exists(Manifest manifest, String kind, String name) {
        if (name == null || set.find(kind, name).isEmpty()) {
            fail(manifest, "refers to " + kind + " " + name + ", which no manifest creates");
        }
    }

    private void fail(Manifest manifest, String message) {
        violations.add(new Violation(Rule.REFERENCE, manifest.where(), message));
    }
}
