package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Where the pod template, its labels and its containers sit in each workload kind. */
final class Pods {

    static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob");

    private Pods() {
    }

    static boolean isWorkload(Manifest manifest) {
        return WORKLOADS.contains(manifest.kind()) && manifest.group().matches("|apps|batch");
    }

    static JsonNode template(Manifest workload) {
        return workload.is("CronJob") ? workload.spec().path("jobTemplate").path("spec").path("template")
                : workload.spec().path("template");
    }

    static JsonNode labels(Manifest workload) {
        return template(workload).path("metadata").path("labels");
    }

    /** Containers and init containers. */
    static List<JsonNode> containers(Manifest workload) {
        List<JsonNode> containers = new ArrayList<>();
        JsonNode spec = template(workload).path("spec");
        spec.path("containers").forEach(containers::add);
        spec.path("initContainers").forEach(containers::add);
        return containers;
    }

    /** Whether a non-empty label selector (plain map or {@code matchLabels}) selects these labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        JsonNode match = selector.has("matchLabels") ? selector.path("matchLabels") : selector;
        if (!match.isObject() || match.isEmpty() || selector.has("matchExpressions")) {
            return false;
        }
        var fields = match.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().asText().equals(labels.path(field.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    static String containerName(JsonNode container) {
        return container.path("name").asText("?");
    }
}
