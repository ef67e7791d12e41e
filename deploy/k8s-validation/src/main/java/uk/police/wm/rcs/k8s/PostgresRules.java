package uk.police.wm.rcs.k8s;

import java.util.List;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * Every CloudNativePG Cluster survives the loss of an instance and can be restored: at least 3 instances (a primary
 * and two replicas, so a failover still leaves a replica) and a ScheduledBackup of it.
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
        }
    }

    private void fail(Manifest manifest, String message) {
        violations.add(new Violation(Rule.POSTGRES, manifest.where(), message));
    }
}
