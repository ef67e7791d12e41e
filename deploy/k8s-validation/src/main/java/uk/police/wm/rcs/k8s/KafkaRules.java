package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * Kafka as the issue asks: every topic a service writes exists (auto-create is off) with 3 replicas and
 * min.insync.replicas 2, a node pool of 3 dual-role KRaft nodes, and each service's KafkaUser may write its own
 * topic only. Partner regions: an external listener with TLS and SCRAM-SHA-512, and every KafkaUser that is not a
 * service's is a partner region's, which may read {@value #PARTNER_TOPIC} and use consumer groups named after
 * itself, and nothing else ({@link #checkPartner}).
 */
final class KafkaRules {

    private static final Set<String> WRITE_OPERATIONS =
            Set.of("Write", "Create", "Delete", "Alter", "AlterConfigs", "All");

    static final String PARTNER_TOPIC = "partner.events";
    private static final Set<String> READ_OPERATIONS = Set.of("Read", "Describe");

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
        checkExternalListener();
        for (Manifest user : set.ofKind("KafkaUser")) {
            if (!ServiceSources.SERVICES.contains(user.name())) {
                checkPartner(user);
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

    /** An external listener for partner regions: TLS and SCRAM-SHA-512, never an open door. */
    private void checkExternalListener() {
        for (Manifest kafka : set.ofKind("Kafka")) {
            boolean external = false;
            for (JsonNode listener : kafka.spec().path("kafka").path("listeners")) {
                if (listener.path("type").asText().equals("internal")) {
                    continue;
                }
                external = true;
                if (!listener.path("tls").asBoolean(false)
                        || !listener.path("authentication").path("type").asText().equals("scram-sha-512")) {
                    fail(kafka, "external listener " + listener.path("name").asText()
                            + " without TLS and SCRAM-SHA-512 authentication");
                }
            }
            if (!external) {
                fail(kafka, "no external listener: partner regions cannot read " + PARTNER_TOPIC);
            }
        }
    }

    /**
     * A partner region's KafkaUser: SCRAM-SHA-512; allowed to Read and Describe the topic {@value #PARTNER_TOPIC}
     * (literal) and to Read (and Describe) the consumer groups prefixed with its own name; any other resource
     * (another topic, a pattern, the cluster, a transactional id, someone else's groups) or operation (a write,
     * Alter, All) is a violation, so widening a partner's access fails the build.
     */
    private void checkPartner(Manifest user) {
        if (!user.spec().path("authentication").path("type").asText().equals("scram-sha-512")) {
            fail(user, "partner user without SCRAM-SHA-512 authentication");
        }
        boolean readsTopic = false;
        for (JsonNode acl : user.spec().path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            String type = resource.path("type").asText();
            String name = resource.path("name").asText();
            String pattern = resource.path("patternType").asText("literal");
            if (acl.path("type").asText("allow").equals("deny")) {
                continue; // a deny only takes away
            }
            for (JsonNode operation : acl.path("operations")) {
                if (!READ_OPERATIONS.contains(operation.asText())) {
                    fail(user, "partner user may " + operation.asText() + " " + type + " " + name
                            + ": a partner only reads");
                }
            }
            if (type.equals("topic") && name.equals(PARTNER_TOPIC) && pattern.equals("literal")) {
                readsTopic = true;
            } else if (type.equals("group") && pattern.equals("prefix") && name.startsWith(user.name())) {
                continue;
            } else {
                fail(user, "partner user may use " + type + " " + name + " (" + pattern + "): only topic "
                        + PARTNER_TOPIC + " and its own consumer groups (prefix " + user.name() + ")");
            }
        }
        if (!readsTopic) {
            fail(user, "partner user cannot read " + PARTNER_TOPIC);
        }
    }

    private void fail(Manifest manifest, String message) {
        violations.add(new Violation(Rule.KAFKA, manifest.where(), message));
    }
}
