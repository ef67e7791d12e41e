package uk.police.wm.rcs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.k8s.K8sFixture.append;
import static uk.police.wm.rcs.k8s.K8sFixture.broken;
import static uk.police.wm.rcs.k8s.K8sFixture.editDocument;
import static uk.police.wm.rcs.k8s.K8sFixture.kind;
import static uk.police.wm.rcs.k8s.K8sFixture.replace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.wm.rcs.k8s.Violation.Rule;

/** Every rule, fed a copy of deploy/k8s broken on purpose in one place, reports exactly that breakage. */
class BrokenCopiesTest {

    private static final String CTU = "services/ctu-service/kubernetes.yml";
    private static final String GATEWAY = "services/gateway/kubernetes.yml";
    private static final String KAFKA = "platform/kafka.yaml";

    @TempDir
    Path dir;

    @Test
    void anUntouchedCopyPasses() {
        assertThat(K8sFixture.VALIDATOR.validate(K8sFixture.copyOfK8s(dir))).isEmpty();
    }

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                broken("a document that is not YAML", Rule.YAML, "not valid YAML",
                        k -> replace(k.resolve("services/ctu-service/config.yaml"), "data:", "data: [")),
                broken("a duplicate key", Rule.YAML, "not valid YAML",
                        k -> replace(k.resolve("common-config.yaml"), "\ndata:\n", "\ndata:\n  KAFKA_SASL_MECHANISM: PLAIN\n")),
                broken("a document without metadata.name", Rule.YAML, "lacks apiVersion, kind or metadata.name",
                        k -> replace(k.resolve("namespace.yaml"), "  name: rcs-west-midlands", "  generateName: rcs-")),
                broken("a document without kind", Rule.YAML, "lacks apiVersion, kind or metadata.name",
                        k -> replace(k.resolve("namespace.yaml"), "kind: Namespace", "")),
                broken("a name the API server refuses", Rule.YAML, "not a valid DNS name",
                        k -> replace(k.resolve("services/ctu-service/config.yaml"), "name: ctu-service-config", "name: CTU_config")),
                broken("an unknown field in a Deployment", Rule.BUILTIN_SCHEMA, "replica",
                        k -> replace(k.resolve(CTU), "  replicas: 2", "  replica: 2")),
                broken("a quantity the API server refuses", Rule.BUILTIN_SCHEMA, "",
                        k -> replace(k.resolve(CTU), "memory: 768Mi", "memory: 768 MB")),
                broken("a wrong type in a PodDisruptionBudget", Rule.BUILTIN_SCHEMA, "",
                        k -> replace(k.resolve(CTU), "minAvailable: 1", "minAvailable: [1]")),
                broken("a built-in kind at an API version that does not exist", Rule.UNKNOWN_KIND, "policy/v1beta3",
                        k -> replace(k.resolve(CTU), "apiVersion: policy/v1", "apiVersion: policy/v1beta3")),
                broken("a kind without a schema", Rule.UNKNOWN_KIND, "monitoring.coreos.com/v1 Probe",
                        k -> append(k.resolve(CTU), "---\napiVersion: monitoring.coreos.com/v1\nkind: Probe\n"
                                + "metadata:\n  name: ctu-service\nspec:\n  interval: 30s\n")),
                broken("an unknown field in a KafkaTopic", Rule.CUSTOM_SCHEMA, "partition",
                        k -> replace(k.resolve(KAFKA), "  partitions: 6", "  partition: 6")),
                broken("a wrong type in a KafkaNodePool", Rule.CUSTOM_SCHEMA, "",
                        k -> replace(k.resolve(KAFKA), "  replicas: 3\n  roles:", "  replicas: three\n  roles:")),
                broken("a Cluster without instances", Rule.CUSTOM_SCHEMA, "instances",
                        k -> replace(k.resolve("platform/postgres.yaml"), "  instances: 3\n", "")),
                broken("a Secret key that does not exist", Rule.REFERENCE, "Secret ctu-service has no key sasl.jaas",
                        k -> replace(k.resolve(CTU), "key: sasl.jaas.config", "key: sasl.jaas")),
                broken("a Secret nobody makes", Rule.REFERENCE, "no Secret ctu-database-app",
                        k -> replace(k.resolve(CTU), "name: ctu-db-app", "name: ctu-database-app")),
                broken("an envFrom ConfigMap that does not exist", Rule.REFERENCE, "no manifest creates",
                        k -> replace(k.resolve(CTU), "name: ctu-service-config", "name: ctu-config")),
                broken("a Service selector that matches no pod", Rule.REFERENCE, "matches the pod labels of no workload",
                        k -> replace(k.resolve(CTU), "  selector:\n    app.kubernetes.io/name: ctu-service",
                                "  selector:\n    app.kubernetes.io/name: ctu")),
                broken("an HPA scale target that does not exist", Rule.REFERENCE, "refers to Deployment ctu",
                        k -> replace(k.resolve(CTU), "    kind: Deployment\n    name: ctu-service", "    kind: Deployment\n    name: ctu")),
                broken("a ScaledObject scale target that does not exist", Rule.REFERENCE, "refers to Deployment gateway-api",
                        k -> replace(k.resolve(GATEWAY), "    kind: Deployment\n    name: gateway", "    kind: Deployment\n    name: gateway-api")),
                broken("a keycloakCRName that does not exist", Rule.REFERENCE, "refers to Keycloak keycloak",
                        k -> replace(k.resolve("platform/keycloak-realm-import.yaml"), "keycloakCRName: rcs-keycloak",
                                "keycloakCRName: keycloak")),
                broken("a strimzi.io/cluster label naming no Kafka", Rule.REFERENCE, "refers to Kafka kafka",
                        k -> replace(k.resolve(KAFKA), "strimzi.io/cluster: rcs-kafka", "strimzi.io/cluster: kafka")),
                broken("a JDBC URL to a database Service no Cluster makes", Rule.REFERENCE, "ctu-database-rw",
                        k -> replace(k.resolve("services/ctu-service/config.yaml"), "ctu-db-rw", "ctu-database-rw")),
                broken("a TriggerAuthentication Secret key that does not exist", Rule.REFERENCE, "has no key pass",
                        k -> replace(k.resolve("platform/keda.yaml"), "key: password", "key: pass")),
                broken("a container without a startup probe", Rule.PROBES, "has no startupProbe",
                        k -> editDocument(k.resolve(CTU), kind("Deployment"), d -> {
                            ((ObjectNode) d.at("/spec/template/spec/containers/0")).remove("startupProbe");
                            return d;
                        })),
                broken("a container without limits", Rule.RESOURCES, "has no resources.limits.cpu",
                        k -> editDocument(k.resolve(CTU), kind("Deployment"), d -> {
                            ((ObjectNode) d.at("/spec/template/spec/containers/0/resources")).remove("limits");
                            return d;
                        })),
                broken("a Deployment without a PodDisruptionBudget", Rule.PDB, "no PodDisruptionBudget selects its pods",
                        k -> editDocument(k.resolve(CTU), kind("PodDisruptionBudget"), d -> null)),
                broken("a REST-only Deployment without an HPA", Rule.AUTOSCALING, "without a HorizontalPodAutoscaler",
                        k -> editDocument(k.resolve("services/rocu-service/kubernetes.yml"), kind("HorizontalPodAutoscaler"), d -> null)),
                broken("a consumer with an HPA beside its ScaledObject", Rule.AUTOSCALING, "two would fight",
                        k -> append(k.resolve(GATEWAY), "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\n"
                                + "metadata:\n  name: gateway\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n"
                                + "    kind: Deployment\n    name: gateway\n  maxReplicas: 4\n")),
                broken("a consumer without a ScaledObject", Rule.AUTOSCALING, "no KEDA ScaledObject",
                        k -> editDocument(k.resolve(GATEWAY), kind("ScaledObject"), d -> null)),
                broken("a ScaledObject on another consumer group", Rule.KEDA, "is not the consumer's group.id gateway-read-model",
                        k -> replace(k.resolve(GATEWAY), "consumerGroup: gateway-read-model", "consumerGroup: gateway")),
                broken("more replicas than partitions", Rule.KEDA, "maxReplicaCount 12 exceeds the 6 partitions",
                        k -> replace(k.resolve(GATEWAY), "maxReplicaCount: 6", "maxReplicaCount: 12")),
                broken("a topic with fewer partitions than replicas", Rule.KEDA, "exceeds the 3 partitions of ctu.events",
                        k -> replace(k.resolve(KAFKA), "  partitions: 6", "  partitions: 3")),
                broken("an image not tagged with the project version", Rule.IMAGE_TAG, "not tagged with the project version",
                        k -> replace(k.resolve(CTU), ":" + K8sFixture.PROJECT_VERSION, ":latest")),
                broken("a service allowed to write another service's topic", Rule.KAFKA, "may write topic rocu.events",
                        k -> replace(k.resolve(KAFKA), "          name: ctu.events\n          patternType: literal\n"
                                + "        operations:\n          - Write", "          name: rocu.events\n"
                                + "          patternType: literal\n        operations:\n          - Write")),
                broken("a topic with min.insync.replicas 1", Rule.KAFKA, "min.insync.replicas below 2",
                        k -> replace(k.resolve(KAFKA), "min.insync.replicas: 2\n    retention.ms: -1",
                                "min.insync.replicas: 1\n    retention.ms: -1")),
                broken("a KafkaNodePool of one node", Rule.KAFKA, "3 or more dual-role",
                        k -> replace(k.resolve(KAFKA), "  replicas: 3\n  roles:", "  replicas: 1\n  roles:")),
                broken("a manifest the kustomization leaves out", Rule.KUSTOMIZATION, "not listed in any kustomization",
                        k -> replace(k.resolve("kustomization.yaml"), "  - platform/keda.yaml\n", "")),
                broken("a kustomization listing a missing file", Rule.KUSTOMIZATION, "which does not exist",
                        k -> replace(k.resolve("kustomization.yaml"), "  - platform/keda.yaml\n",
                                "  - platform/keda.yaml\n  - platform/missing.yaml\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void aBrokenCopyFails(String what, Rule rule, String message, Consumer<Path> breakIt) {
        K8sFixture.assertBrokenCopyFails(dir, what, rule, message, breakIt);
    }
}
