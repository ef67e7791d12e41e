package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * Kafka as the issue asks: every topic a service writes exists (auto-create is off) with 3 replicas and
 * min.insync.replicas 2, a node pool of 3 dual-role KRaft nodes, and each service's KafkaUser may write its own
 * topic only.
 */
final class KafkaRules {

    private static final Set<String> WRITE_OPERATIONS =
            Set.of("Write", "Create", "Delete", "Alter", "AlterConfigs", "All");

    private final ManifestSet set;
    private final ServiceSources sources;
    private final List<Violation> violations;

    KafkaRules(ManifestSet set, ServiceSources sources, List<Violation> violations) {
        this.set = set;
        this.sources = sources;
        this.violations = violations;
    }

    void check() {
        for (Manifest topic : set.ofKind("KafkaTopic")) {
            if (topic.spec().path("replicas").asInt(0) < 3) {
                fail(topic, "replicas below 3");
            }
            if (topic.spec().path("config").path("min.insync.replicas").asInt(0) < 2) {
                fail(topic, "min.insync.replicas below 2: an acknowledged write could live on one broker only");
            }
            if (topic.spec().path("partitions").asInt(0) < 1) {
                fail(topic, "no partition count");
            }
        }
        for (Manifest pool : set.ofKind("KafkaNodePool")) {
            JsonNode roles = pool.spec().path("roles");
            boolean dualRole = roles.toString().contains("\"controller\"") && roles.toString().contains("\"broker\"");
            if (pool.spec().path("replicas").asInt(0) < 3 || !dualRole) {
                fail(pool, "the pool must be 3 or more dual-role (controller + broker) KRaft nodes");
            }
        }
        for (String service : ServiceSources.SERVICES) {
            if (set.find("Deployment", service).isEmpty()) {
                continue;
            }
            Optional<String> ownTopic = sources.eventsTopic(service);
            ownTopic.filter(t -> set.ofKind("KafkaTopic").stream()
                            .noneMatch(k -> k.spec().path("topicName").asText(k.name()).equals(t)))
                    .ifPresent(t -> violations.add(new Violation(Rule.KAFKA, service,
                            "writes topic " + t + ", which has no KafkaTopic")));
            Optional<Manifest> user = set.find("KafkaUser", service);
            if (user.isEmpty()) {
                violations.add(new Violation(Rule.KAFKA, service, "no KafkaUser " + service));
                continue;
            }
            for (JsonNode acl : user.get().spec().path("authorization").path("acls")) {
                boolean writes = false;
                for (JsonNode operation : acl.path("operations")) {
                    writes |= WRITE_OPERATIONS.contains(operation.asText());
                }
                JsonNode resource = acl.path("resource");
                if (!writes || !resource.path("type").asText().equals("topic") || acl.path("type").asText("allow").equals("deny")) {
                    continue;
                }
                boolean own = ownTopic.isPresent() && resource.path("name").asText().equals(ownTopic.get())
                        && resource.path("patternType").asText("literal").equals("literal");
                if (!own) {
                    fail(user.get(), "may write topic " + resource.path("name").asText() + " ("
                            + resource.path("patternType").asText("literal") + "), not only its own " + ownTopic.orElse("(none)"));
                }
            }
        }
    }

    private void fail(Manifest manifest, String message) {
        violations.add(new Violation(Rule.KAFKA, manifest.where(), message));
    }
}
