package uk.police.wm.rcs.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** deploy/k8s as committed: matches what the build generates and passes every offline rule. */
class DeployManifestsTest {

    @Test
    void committedManifestsMatchWhatTheServicesAndTheRealmFileGenerate() {
        boolean update = Boolean.getBoolean("rcs.k8s.update");
        List<Violation> drift = new GeneratedManifests(K8sFixture.REPO, K8sFixture.K8S).check(update);
        assertThat(drift).as("generated vs committed manifests").isEmpty();
    }

    @Test
    void deployK8sPassesEveryRule() {
        List<Violation> violations = K8sFixture.VALIDATOR.validate(K8sFixture.K8S);
        assertThat(violations).as("violations in deploy/k8s").isEmpty();
    }

    @Test
    void noLiteralPasswordUnderDeploy() {
        assertThat(PasswordScan.scan(K8sFixture.REPO.resolve("deploy"))).isEmpty();
    }

    @Test
    void everyKindInDeployK8sIsValidatedAgainstASchema() {
        ManifestSet set = ManifestSet.load(K8sFixture.K8S);
        assertThat(set.manifests()).extracting(Manifest::kind).contains("Deployment", "Service", "ConfigMap",
                "PodDisruptionBudget", "HorizontalPodAutoscaler", "ScaledObject", "TriggerAuthentication", "Kafka",
                "KafkaNodePool", "KafkaTopic", "KafkaUser", "Cluster", "ScheduledBackup", "Keycloak",
                "KeycloakRealmImport", "Namespace", "NetworkPolicy", "ServiceMonitor", "PrometheusRule");
        assertThat(set.manifests()).allMatch(m -> K8sFixture.SCHEMAS.isBuiltin(m) || K8sFixture.SCHEMAS.isCustom(m));
    }
}
