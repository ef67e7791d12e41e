package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * The restricted Pod Security Standard, checked before the namespace's admission controller would refuse a pod: the
 * namespace enforces it, and every workload's pods run as a non-root UID, without privilege escalation, with every
 * capability dropped, a RuntimeDefault (or Localhost) seccomp profile, no host namespaces or host paths, and a
 * read-only root filesystem with an emptyDir at /tmp for what must be written.
 */
final class PodSecurityRules {

    static final String ENFORCE = "pod-security.kubernetes.io/enforce";
    /** The volume types the restricted profile admits. */
    private static final Set<String> VOLUME_TYPES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");
    private static final Set<String> SECCOMP_TYPES = Set.of("RuntimeDefault", "Localhost");

    private final ManifestSet set;
    private final List<Violation> violations;

    PodSecurityRules(ManifestSet set, List<Violation> violations) {
        this.set = set;
        this.violations = violations;
    }

    void check() {
        List<Manifest> namespaces = set.ofKind("Namespace");
        if (namespaces.isEmpty()) {
            violations.add(new Violation(Rule.POD_SECURITY, set.root().toString(), "no Namespace to label"));
        }
        for (Manifest namespace : namespaces) {
            String level = namespace.node().path("metadata").path("labels").path(ENFORCE).asText("");
            if (!level.equals("restricted")) {
                fail(namespace, "label " + ENFORCE + " is '" + level + "', not restricted");
            }
        }
        for (Manifest workload : set.manifests().stream().filter(Pods::isWorkload).toList()) {
            pod(workload);
        }
    }

    private void pod(Manifest workload) {
        JsonNode spec = Pods.template(workload).path("spec");
        JsonNode podContext = spec.path("securityContext");
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (spec.path(host).asBoolean(false)) {
                fail(workload, host + " is true");
            }
        }
        for (JsonNode volume : spec.path("volumes")) {
            volume.fieldNames().forEachRemaining(field -> {
                if (!field.equals("name") && !VOLUME_TYPES.contains(field)) {
                    fail(workload, "volume " + volume.path("name").asText() + " is a " + field + " volume");
                }
            });
        }
        for (JsonNode container : Pods.containers(workload)) {
            String name = "container " + Pods.containerName(container);
            JsonNode context = container.path("securityContext");
            if (!effective(context, podContext, "runAsNonRoot").asBoolean(false)) {
                fail(workload, name + " may run as root: runAsNonRoot is not true");
            }
            JsonNode user = effective(context, podContext, "runAsUser");
            if (!user.canConvertToLong() || user.asLong() == 0) {
                fail(workload, name + " has no non-root runAsUser (the image's user cannot be checked offline)");
            }
            String seccomp = effective(context, podContext, "seccompProfile").path("type").asText("");
            if (!SECCOMP_TYPES.contains(seccomp)) {
                fail(workload, name + " has no RuntimeDefault or Localhost seccompProfile");
            }
            if (context.path("privileged").asBoolean(false)) {
                fail(workload, name + " is privileged");
            }
            if (!context.path("allowPrivilegeEscalation").isBoolean() || context.path("allowPrivilegeEscalation").asBoolean()) {
                fail(workload, name + " does not set allowPrivilegeEscalation: false");
            }
            if (!context.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                fail(workload, name + " does not drop ALL capabilities");
            }
            for (JsonNode added : context.path("capabilities").path("add")) {
                if (!added.asText().equals("NET_BIND_SERVICE")) {
                    fail(workload, name + " adds capability " + added.asText());
                }
            }
            if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
                fail(workload, name + " has a writable root filesystem: set readOnlyRootFilesystem: true");
            } else if (!writableTmp(spec, container)) {
                fail(workload, name + " has a read-only root filesystem but no emptyDir mounted at /tmp");
            }
        }
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.path(field) : pod.path(field);
    }

    private static boolean writableTmp(JsonNode spec, JsonNode container) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp") && !mount.path("readOnly").asBoolean(false)) {
                String volume = mount.path("name").asText();
                for (JsonNode v : spec.path("volumes")) {
                    if (v.path("name").asText().equals(volume) && v.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void fail(Manifest manifest, String message) {
        violations.add(new Violation(Rule.POD_SECURITY, manifest.where(), message));
    }
}
