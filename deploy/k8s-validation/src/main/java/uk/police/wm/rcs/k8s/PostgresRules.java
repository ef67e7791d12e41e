package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * Every CloudNativePG Cluster survives the loss of an instance and can be restored to a point in time, as the runbook
 * in deploy/README.md ("Backup and restore") does it: at least 3 instances (a primary and two replicas, so a failover
 * still leaves a replica), WAL archived to the object store (with an {@code archive_timeout}, the most a recovery can
 * lose), a retention policy, and a ScheduledBackup (the base backups a recovery starts from).
 */
final class PostgresRules {

    static final int MIN_INSTANCES = 3;

    private final ManifestSet set;
    private final List<Violation> violations;

    PostgresRules(ManifestSet set, List<Violation> violations) {
        this.set = set;
        this.violations = violations;
    }

    void check() {
        for (Manifest cluster : set.ofKind("Cluster").stream().filter(c -> c.group().equals("postgresql.cnpg.io")).toList()) {
            int instances = cluster.spec().path("instances").asInt(0);
            if (instances < MIN_INSTANCES) {
                fail(cluster, instances + " instances: fewer than " + MIN_INSTANCES + ", no high availability");
            }
            boolean backedUp = set.ofKind("ScheduledBackup").stream()
                    .anyMatch(b -> b.spec().path("cluster").path("name").asText().equals(cluster.name()));
            if (!backedUp) {
                fail(cluster, "no ScheduledBackup");
            }
            JsonNode store = cluster.spec().path("backup").path("barmanObjectStore");
            if (store.path("destinationPath").asText().isBlank() || !store.has("wal")) {
                fail(cluster, "no WAL archiving to an object store (backup.barmanObjectStore with destinationPath and wal)");
            }
            if (cluster.spec().path("backup").path("retentionPolicy").asText().isBlank()) {
                fail(cluster, "no backup.retentionPolicy");
            }
            if (cluster.spec().path("postgresql").path("parameters").path("archive_timeout").asText().isBlank()) {
                fail(cluster, "no postgresql.parameters.archive_timeout: a quiet database would not archive its last WAL");
            }
        }
    }

    private void fail(Manifest manifest, String message) {
        violations.add(new Violation(Rule.POSTGRES, manifest.where(), message));
    }
}
