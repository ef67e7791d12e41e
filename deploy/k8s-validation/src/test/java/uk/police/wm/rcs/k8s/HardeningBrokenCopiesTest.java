package uk.police.wm.rcs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.wm.rcs.k8s.K8sFixture.broken;
import static uk.police.wm.rcs.k8s.K8sFixture.editDocument;
import static uk.police.wm.rcs.k8s.K8sFixture.kind;
import static uk.police.wm.rcs.k8s.K8sFixture.replace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * The hardening rules of issue 22 (restricted pod security, network policies against the README's flows, PostgreSQL
 * high availability and backups, zone spread), each fed a copy of deploy/k8s broken on purpose in one place.
 */
class HardeningBrokenCopiesTest {

    private static final String CTU = "services/ctu-service/kubernetes.yml";
    private static final String POLICIES = "network-policies.yaml";
    private static final String POSTGRES = "platform/postgres.yaml";

    @TempDir
    Path dir;

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                broken("a CloudNativePG Cluster of one instance", Rule.POSTGRES, "1 instances: fewer than 3",
                        k -> replace(k.resolve(POSTGRES), "  instances: 3\n", "  instances: 1\n")),
                broken("a CloudNativePG Cluster without a ScheduledBackup", Rule.POSTGRES, "no ScheduledBackup",
                        k -> editDocument(k.resolve(POSTGRES), named("ScheduledBackup", "ctu-db-nightly"), d -> null)),
                broken("a CloudNativePG Cluster without WAL archiving", Rule.POSTGRES, "no WAL archiving",
                        k -> editDocument(k.resolve(POSTGRES), named("Cluster", "rocu-db"), d -> {
                            ((ObjectNode) d.path("spec").path("backup").path("barmanObjectStore")).remove("wal");
                            return d;
                        })),
                broken("a CloudNativePG Cluster without an archive timeout", Rule.POSTGRES, "no postgresql.parameters.archive_timeout",
                        k -> replace(k.resolve(POSTGRES), "      archive_timeout: 5min\n", "      max_connections: \"200\"\n")),
                broken("a namespace without the enforce label", Rule.POD_SECURITY, "not restricted",
                        k -> replace(k.resolve("namespace.yaml"), "    pod-security.kubernetes.io/enforce: restricted\n", "")),
                broken("a namespace enforcing only baseline", Rule.POD_SECURITY, "'baseline', not restricted",
                        k -> replace(k.resolve("namespace.yaml"), "enforce: restricted", "enforce: baseline")),
                broken("a pod that may run as root", Rule.POD_SECURITY, "may run as root",
                        k -> deployment(k, d -> ((ObjectNode) pod(d).path("securityContext")).remove("runAsNonRoot"))),
                broken("a pod running as UID 0", Rule.POD_SECURITY, "no non-root runAsUser",
                        k -> deployment(k, d -> ((ObjectNode) pod(d).path("securityContext")).put("runAsUser", 0))),
                broken("a container allowed to escalate", Rule.POD_SECURITY, "allowPrivilegeEscalation: false",
                        k -> deployment(k, d -> context(d).put("allowPrivilegeEscalation", true))),
                broken("a container keeping its capabilities", Rule.POD_SECURITY, "does not drop ALL capabilities",
                        k -> deployment(k, d -> context(d).remove("capabilities"))),
                broken("a container adding a capability", Rule.POD_SECURITY, "adds capability NET_ADMIN",
                        k -> deployment(k, d -> ((ObjectNode) context(d).path("capabilities")).putArray("add").add("NET_ADMIN"))),
                broken("a container without a seccomp profile", Rule.POD_SECURITY, "seccompProfile",
                        k -> deployment(k, d -> context(d).remove("seccompProfile"))),
                broken("an Unconfined seccomp profile", Rule.POD_SECURITY, "seccompProfile",
                        k -> deployment(k, d -> ((ObjectNode) context(d).path("seccompProfile")).put("type", "Unconfined"))),
                broken("a privileged container", Rule.POD_SECURITY, "is privileged",
                        k -> deployment(k, d -> context(d).put("privileged", true))),
                broken("a writable root filesystem", Rule.POD_SECURITY, "writable root filesystem",
                        k -> deployment(k, d -> context(d).put("readOnlyRootFilesystem", false))),
                broken("a read-only root filesystem without /tmp", Rule.POD_SECURITY, "no emptyDir mounted at /tmp",
                        k -> deployment(k, d -> ((ObjectNode) pod(d).path("containers").path(0)).remove("volumeMounts"))),
                broken("a hostPath volume", Rule.POD_SECURITY, "is a hostPath volume",
                        k -> deployment(k, d -> ((ArrayNode) pod(d).path("volumes")).addObject().put("name", "host")
                                .putObject("hostPath").put("path", "/var/run"))),
                broken("the host's network", Rule.POD_SECURITY, "hostNetwork is true",
                        k -> deployment(k, d -> ((ObjectNode) pod(d)).put("hostNetwork", true))),
                broken("a Deployment not spread across zones", Rule.TOPOLOGY_SPREAD, "topology.kubernetes.io/zone",
                        k -> deployment(k, d -> ((ObjectNode) pod(d)).remove("topologySpreadConstraints"))),
                broken("an unknown field in a NetworkPolicy", Rule.BUILTIN_SCHEMA, "podSelectors",
                        k -> replace(k.resolve(POLICIES), "  podSelector: {}\n", "  podSelectors: {}\n")),
                broken("no default-deny policy", Rule.NETWORK_POLICY, "no default-deny NetworkPolicy",
                        k -> editDocument(k.resolve(POLICIES), named("NetworkPolicy", "default-deny"), d -> null)),
                broken("a documented flow without a policy", Rule.NETWORK_POLICY,
                        "the flow on 5432/TCP in deploy/README.md is not allowed by any NetworkPolicy (ingress)",
                        k -> editDocument(k.resolve(POLICIES), named("NetworkPolicy", "allow-ctu-db"), d -> null)),
                broken("a policy opening a port the README does not list", Rule.NETWORK_POLICY,
                        "allows ingress ctu-service -> ctu-db 5433/TCP, which deploy/README.md",
                        k -> replace(k.resolve(POLICIES), "    - protocol: TCP\n      port: 5432\n---\n# rocu-db",
                                "    - protocol: TCP\n      port: 5432\n    - protocol: TCP\n      port: 5433\n---\n# rocu-db")),
                broken("a policy letting another service into a database", Rule.NETWORK_POLICY,
                        "allows ingress rocu-service -> ctu-db 5432/TCP",
                        k -> replace(k.resolve(POLICIES), "          app.kubernetes.io/name: ctu-service\n    ports:\n"
                                + "    - protocol: TCP\n      port: 5432", "          app.kubernetes.io/name: rocu-service\n"
                                + "    ports:\n    - protocol: TCP\n      port: 5432")),
                broken("a policy rule for every port", Rule.NETWORK_POLICY, "without ports: it allows every port",
                        k -> policy(k, "allow-ctu-db", p -> ((ObjectNode) p.at("/spec/ingress/0")).remove("ports"))),
                broken("a policy rule for every peer", Rule.NETWORK_POLICY, "without from: it allows every peer",
                        k -> policy(k, "allow-ctu-db", p -> ((ObjectNode) p.at("/spec/ingress/0")).remove("from"))),
                broken("a peer the README does not name", Rule.NETWORK_POLICY, "is no party of deploy/README.md",
                        k -> policy(k, "allow-ctu-db", p -> ((ObjectNode) p.at("/spec/ingress/0/from/0/podSelector/matchLabels"))
                                .put("app.kubernetes.io/name", "debug-shell"))),
                broken("a policy for pods the README does not name", Rule.NETWORK_POLICY, "podSelector",
                        k -> policy(k, "allow-ctu-db", p -> ((ObjectNode) p.at("/spec/podSelector/matchLabels"))
                                .put("cnpg.io/cluster", "ctu-db-old"))),
                broken("egress rules that policyTypes leaves out", Rule.NETWORK_POLICY, "policyTypes leaves egress out",
                        k -> policy(k, "allow-gateway", p -> ((ArrayNode) p.at("/spec/policyTypes")).remove(1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void aBrokenCopyFails(String what, Rule rule, String message, Consumer<Path> breakIt) {
        K8sFixture.assertBrokenCopyFails(dir, what, rule, message, breakIt);
    }

    @Test
    void aFlowAddedToTheReadmeWithoutAPolicyFails() {
        String readme = ManifestValidator.read(K8sFixture.REPO.resolve("deploy/README.md"));
        String more = readme.replace("| gateway | gateway-db | 5432/TCP |", "| gateway | ctu-db | 5432/TCP | a shortcut |\n"
                + "| gateway | gateway-db | 5432/TCP |");
        assertThat(more).isNotEqualTo(readme);
        ManifestValidator validator = new ManifestValidator(K8sFixture.SCHEMAS, new ServiceSources(K8sFixture.REPO),
                K8sFixture.PROJECT_VERSION, NetworkFlows.parse(more));

        assertThat(validator.validate(K8sFixture.K8S))
                .extracting(Violation::toString)
                .contains("NETWORK_POLICY gateway -> ctu-db: the flow on 5432/TCP in deploy/README.md is not allowed by"
                        + " any NetworkPolicy (egress)",
                        "NETWORK_POLICY gateway -> ctu-db: the flow on 5432/TCP in deploy/README.md is not allowed by"
                        + " any NetworkPolicy (ingress)");
    }

    @Test
    void theReadmeTablesAreReadAsWritten() {
        NetworkFlows flows = K8sFixture.FLOWS;
        assertThat(flows.parties().get("ingress controller")).isEqualTo(new NetworkFlows.Party("ingress controller",
                "ingress-nginx", java.util.Map.of("app.kubernetes.io/name", "ingress-nginx"), null));
        assertThat(flows.flows()).anySatisfy(f -> {
            assertThat(f.from().name()).isEqualTo("every pod");
            assertThat(f.to().name()).isEqualTo("cluster DNS");
            assertThat(f.ports()).containsExactly("53/UDP", "53/TCP");
        });
        assertThatThrownBy(() -> NetworkFlows.parse("# deploy\n\n## Network policies\n\n| from | to | ports | why |\n|---|---|---|---|\n"
                + "| gateway | nowhere | 80/TCP | x |\n")).hasMessageContaining("unknown party gateway");
    }

    private static Predicate<JsonNode> named(String kind, String name) {
        return d -> kind(kind).test(d) && d.path("metadata").path("name").asText().equals(name);
    }

    private static void deployment(Path k8s, Consumer<ObjectNode> edit) {
        editDocument(k8s.resolve(CTU), kind("Deployment"), d -> {
            edit.accept(d);
            return d;
        });
    }

    private static void policy(Path k8s, String name, Consumer<ObjectNode> edit) {
        editDocument(k8s.resolve(POLICIES), named("NetworkPolicy", name), d -> {
            edit.accept(d);
            return d;
        });
    }

    private static JsonNode pod(ObjectNode deployment) {
        return deployment.at("/spec/template/spec");
    }

    private static ObjectNode context(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0/securityContext");
    }
}
