package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * What every workload must have: three probes, requests and limits, a PodDisruptionBudget, the project version as
 * image tag, replicas spread across zones (Deployments); and how it scales: a Kafka consumer through a KEDA
 * ScaledObject on its own consumer group with no more replicas than partitions (and no HPA), a REST-only service
 * through an HPA.
 */
final class WorkloadRules {

    private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");
    private static final List<String> RESOURCES = List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory");
    /** KEDA's default when maxReplicaCount is absent. */
    private static final int KEDA_DEFAULT_MAX_REPLICAS = 100;
    private static final String ZONE = "topology.kubernetes.io/zone";

    private final ManifestSet set;
    private final ServiceSources sources;
    private final String projectVersion;
    private final List<Violation> violations;

    WorkloadRules(ManifestSet set, ServiceSources sources, String projectVersion, List<Violation> violations) {
        this.set = set;
        this.sources = sources;
        this.projectVersion = projectVersion;
        this.violations = violations;
    }

    void check() {
        for (Manifest workload : set.manifests().stream().filter(Pods::isWorkload).toList()) {
            containers(workload);
            disruptionBudget(workload);
            if (workload.is("Deployment")) {
                scaling(workload);
                zoneSpread(workload);
            }
        }
        for (Manifest scaledObject : set.ofKind("ScaledObject")) {
            keda(scaledObject);
        }
    }

    private void containers(Manifest workload) {
        JsonNode containers = Pods.template(workload).path("spec").path("containers");
        if (containers.isEmpty()) {
            violations.add(new Violation(Rule.PROBES, workload.where(), "no container"));
        }
        for (JsonNode container : containers) {
            String name = Pods.containerName(container);
            for (String probe : PROBES) {
                if (!container.path(probe).isObject() || container.path(probe).isEmpty()) {
                    violations.add(new Violation(Rule.PROBES, workload.where(), "container " + name + " has no " + probe));
                }
            }
            for (String resource : RESOURCES) {
                String[] path = resource.split("/");
                if (container.path("resources").path(path[0]).path(path[1]).asText("").isBlank()) {
                    violations.add(new Violation(Rule.RESOURCES, workload.where(),
                            "container " + name + " has no resources." + path[0] + "." + path[1]));
                }
            }
            if (ServiceSources.SERVICES.contains(workload.name())) {
                String image = container.path("image").asText("");
                if (!image.endsWith(":" + projectVersion)) {
                    violations.add(new Violation(Rule.IMAGE_TAG, workload.where(),
                            "image " + image + " is not tagged with the project version " + projectVersion));
                }
            }
        }
    }

    private void disruptionBudget(Manifest workload) {
        boolean covered = set.ofKind("PodDisruptionBudget").stream()
                .anyMatch(pdb -> Pods.selects(pdb.spec().path("selector"), Pods.labels(workload)));
        if (!covered) {
            violations.add(new Violation(Rule.PDB, workload.where(), "no PodDisruptionBudget selects its pods"));
        }
    }

    /** A zone outage must not take every replica: a topology spread constraint over zones selects the pods. */
    private void zoneSpread(Manifest deployment) {
        boolean spread = false;
        for (JsonNode constraint : Pods.template(deployment).path("spec").path("topologySpreadConstraints")) {
            spread |= constraint.path("topologyKey").asText().equals(ZONE)
                    && Pods.selects(constraint.path("labelSelector"), Pods.labels(deployment));
        }
        if (!spread) {
            violations.add(new Violation(Rule.TOPOLOGY_SPREAD, deployment.where(),
                    "no topologySpreadConstraints over " + ZONE + " selecting its pods"));
        }
    }

    private void scaling(Manifest deployment) {
        List<Manifest> hpas = targeting("HorizontalPodAutoscaler", deployment);
        List<Manifest> scaledObjects = targeting("ScaledObject", deployment);
        boolean consumer = consumerGroup(deployment).isPresent();
        if (consumer && scaledObjects.isEmpty()) {
            violations.add(new Violation(Rule.AUTOSCALING, deployment.where(),
                    "consumes Kafka but no KEDA ScaledObject scales it on consumer lag"));
        }
        if (!scaledObjects.isEmpty() && !hpas.isEmpty()) {
            violations.add(new Violation(Rule.AUTOSCALING, deployment.where(),
                    "has a KEDA ScaledObject and an HPA: KEDA makes its own HPA, two would fight"));
        }
        if (!consumer && scaledObjects.isEmpty() && hpas.isEmpty()) {
            violations.add(new Violation(Rule.AUTOSCALING, deployment.where(),
                    "REST-only deployment without a HorizontalPodAutoscaler"));
        }
    }

    private List<Manifest> targeting(String kind, Manifest deployment) {
        return set.ofKind(kind).stream().filter(m -> {
            JsonNode target = m.spec().path("scaleTargetRef");
            return target.path("kind").asText("Deployment").equals("Deployment")
                    && target.path("name").asText().equals(deployment.name());
        }).toList();
    }

    private void keda(Manifest scaledObject) {
        String targetName = scaledObject.spec().path("scaleTargetRef").path("name").asText();
        Optional<Manifest> target = set.find("Deployment", targetName);
        int maxReplicas = scaledObject.spec().path("maxReplicaCount").asInt(KEDA_DEFAULT_MAX_REPLICAS);
        for (JsonNode trigger : scaledObject.spec().path("triggers")) {
            if (!trigger.path("type").asText().equals("kafka")) {
                continue;
            }
            JsonNode metadata = trigger.path("metadata");
            String group = metadata.path("consumerGroup").asText(null);
            Optional<String> expected = target.flatMap(this::consumerGroup);
            if (expected.isEmpty()) {
                keda(scaledObject, "scales " + targetName + " on Kafka lag, but it runs no Kafka consumer");
            } else if (!expected.get().equals(group)) {
                keda(scaledObject, "consumerGroup " + group + " is not the consumer's group.id " + expected.get());
            }
            String topic = metadata.path("topic").asText(null);
            if (topic == null) {
                keda(scaledObject, "a kafka trigger without topic: the partitions that bound maxReplicaCount are unknown");
                continue;
            }
            Optional<Manifest> kafkaTopic = set.ofKind("KafkaTopic").stream()
                    .filter(t -> t.spec().path("topicName").asText(t.name()).equals(topic)).findFirst();
            if (kafkaTopic.isEmpty()) {
                keda(scaledObject, "topic " + topic + " has no KafkaTopic");
            } else if (maxReplicas > kafkaTopic.get().spec().path("partitions").asInt(0)) {
                keda(scaledObject, "maxReplicaCount " + maxReplicas + " exceeds the " + kafkaTopic.get().spec()
                        .path("partitions").asInt(0) + " partitions of " + topic + ": extra consumers would idle");
            }
        }
    }

    /**
     * The consumer group the deployment's service uses: an explicit RCS_READ_MODEL_GROUP_ID in its environment
     * (env or an envFrom ConfigMap) wins over application.properties and the config mapping's default.
     */
    private Optional<String> consumerGroup(Manifest deployment) {
        if (!ServiceSources.SERVICES.contains(deployment.name())) {
            return Optional.empty();
        }
        Optional<String> fromSources = sources.consumerGroup(deployment.name());
        if (fromSources.isEmpty()) {
            return fromSources;
        }
        for (JsonNode container : Pods.containers(deployment)) {
            for (JsonNode env : container.path("env")) {
                if (env.path("name").asText().equals("RCS_READ_MODEL_GROUP_ID") && env.has("value")) {
                    return Optional.of(env.path("value").asText());
                }
            }
            for (JsonNode from : container.path("envFrom")) {
                Optional<Manifest> configMap = set.find("ConfigMap", from.path("configMapRef").path("name").asText(""));
                JsonNode value = configMap.map(c -> c.node().path("data").path("RCS_READ_MODEL_GROUP_ID"))
                        .orElse(null);
                if (value != null && !value.isMissingNode()) {
                    return Optional.of(value.asText());
                }
            }
        }
        return fromSources;
    }

    private void keda(Manifest scaledObject, String message) {
        violations.add(new Violation(Rule.KEDA, scaledObject.where(), message));
    }
}
