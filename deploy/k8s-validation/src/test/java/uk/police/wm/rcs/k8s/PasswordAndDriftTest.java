package uk.police.wm.rcs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.k8s.K8sFixture.append;
import static uk.police.wm.rcs.k8s.K8sFixture.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.wm.rcs.k8s.Violation.Rule;

/** The literal-password scan and the drift check, each fed a broken copy. */
class PasswordAndDriftTest {

    @TempDir
    Path dir;

    private List<Violation> scanAfter(String file, String text) throws IOException {
        Path k8s = K8sFixture.copyOfK8s(dir);
        Files.writeString(k8s.resolve(file), text);
        return PasswordScan.scan(dir.resolve("deploy"));
    }

    @Test
    void anUntouchedCopyHasNoLiteralPassword() {
        K8sFixture.copyOfK8s(dir);
        assertThat(PasswordScan.scan(dir.resolve("deploy"))).isEmpty();
    }

    @Test
    void aPasswordInAConfigMapFails() throws IOException {
        Path k8s = K8sFixture.copyOfK8s(dir);
        append(k8s.resolve("common-config.yaml"), "  QUARKUS_DATASOURCE_PASSWORD: hunter2\n");
        // the appended line, the file's last
        int line = Files.readAllLines(k8s.resolve("common-config.yaml")).size();
        assertThat(PasswordScan.scan(dir.resolve("deploy"))).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.LITERAL_PASSWORD);
            assertThat(v.where()).isEqualTo("k8s/common-config.yaml:" + line);
        });
    }

    @Test
    void aSecretLikeEnvEntryWithALiteralValueFailsInAHandWrittenManifest() throws IOException {
        assertThat(scanAfter("extra.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: x\n          env:\n"
                + "            - name: QUARKUS_DATASOURCE_PASSWORD\n              value: hunter2\n"))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(Rule.LITERAL_PASSWORD);
                    assertThat(v.where()).isEqualTo("k8s/extra.yaml");
                    assertThat(v.message()).startsWith("env QUARKUS_DATASOURCE_PASSWORD has a literal value");
                });
    }

    @Test
    void aSecretLikeEnvEntryWithALiteralValueFailsInAGeneratedManifestWithoutTheDriftCheck() {
        Path k8s = K8sFixture.copyOfK8s(dir);
        replace(k8s.resolve("services/ctu-service/kubernetes.yml"), """
                            - name: KAFKA_SASL_JAAS_CONFIG
                              valueFrom:
                                secretKeyRef:
                                  key: sasl.jaas.config
                                  name: ctu-service
                """, """
                            - name: KAFKA_SASL_JAAS_CONFIG
                              value: not-from-a-secret
                """);
        assertThat(PasswordScan.scan(dir.resolve("deploy"))).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("env KAFKA_SASL_JAAS_CONFIG has a literal value"));
    }

    @Test
    void anEnvReferenceOrAnEnvFromASecretIsNotALiteral() throws IOException {
        assertThat(scanAfter("extra.yaml", "env:\n  - name: DB_PASSWORD\n    value: $(QUARKUS_DATASOURCE_PASSWORD)\n"
                + "  - name: QUARKUS_DATASOURCE_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: ctu-db-app, key: password}\n"
                + "  - name: QUARKUS_SHUTDOWN_TIMEOUT\n    value: 20S\n")).isEmpty();
    }

    @Test
    void aJaasLineWithAPasswordFails() throws IOException {
        assertThat(scanAfter("notes.txt", "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule"
                + " required username=\"ctu-service\" password=\"s3cret-value\";\n")).isNotEmpty();
    }

    @Test
    void aPlaceholderWithADevelopmentDefaultFails() throws IOException {
        assertThat(scanAfter("realm.json", "{\"clients\": [{\"secret\": \"${FORCE_WMP_SECRET:dev-force-wmp-secret}\"}]}"))
                .isNotEmpty();
    }

    @Test
    void credentialsInAUrlFail() throws IOException {
        assertThat(scanAfter("README.md", "connect to postgresql://rcs:rcs@ctu-db-rw:5432/ctu\n")).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("credentials in a URL"));
    }

    @Test
    void aSecretManifestWithDataFails() throws IOException {
        assertThat(scanAfter("secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\nstringData:\n  token: abc\n"))
                .anySatisfy(v -> assertThat(v.message()).startsWith("a Secret with data"));
    }

    @Test
    void theDevelopmentRealmFileFailsOnceItIsUnderK8s() throws IOException {
        Path k8s = K8sFixture.copyOfK8s(dir);
        Files.copy(K8sFixture.REPO.resolve("deploy/keycloak/west-midlands-realm.json"), k8s.resolve("realm.json"));
        assertThat(PasswordScan.scan(dir.resolve("deploy")))
                .anySatisfy(v -> assertThat(v.message()).isEqualTo("a password credential with a literal value"))
                .anySatisfy(v -> assertThat(v.message()).isEqualTo("literal value for secret"));
    }

    @Test
    void aSecretNameIsNotASecret() throws IOException {
        assertThat(scanAfter("extra.yaml", "spec:\n  http:\n    tlsSecret: rcs-keycloak-tls\n  resetPasswordAllowed: false\n"))
                .isEmpty();
    }

    @Test
    void aShellVariableInAnInstallCommandIsNotALiteralButAValueIs() throws IOException {
        assertThat(scanAfter("install.md", "kubectl create secret generic s --from-literal=session-secret=\"$(openssl rand -hex 32)\"\n"
                + "kubectl create secret generic b --from-literal=ACCESS_SECRET_KEY=\"$BACKUP_KEY_SECRET\"\n")).isEmpty();
        assertThat(scanAfter("install.md", "kubectl create secret generic s --from-literal=session-secret=abc123\n"))
                .singleElement().satisfies(v -> assertThat(v.message()).isEqualTo("literal value for session-secret"));
    }

    @Test
    void aHandEditedCopyOfTheGeneratedManifestsDrifts() {
        Path k8s = K8sFixture.copyOfK8s(dir);
        replace(k8s.resolve("services/rocu-service/kubernetes.yml"), "memory: 768Mi", "memory: 1Gi");
        assertThat(new GeneratedManifests(K8sFixture.REPO, k8s).check(false)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.DRIFT);
            assertThat(v.where()).endsWith("rocu-service/kubernetes.yml");
        });
    }

    @Test
    void aHandEditedRealmImportDrifts() {
        Path k8s = K8sFixture.copyOfK8s(dir);
        replace(k8s.resolve(GeneratedManifests.REALM_IMPORT), "accessTokenLifespan: 900", "accessTokenLifespan: 3600");
        assertThat(new GeneratedManifests(K8sFixture.REPO, k8s).check(false)).singleElement()
                .satisfies(v -> assertThat(v.where()).isEqualTo(GeneratedManifests.REALM_IMPORT));
    }

    @Test
    void theRealmImportKeepsNoUserAndNoDevelopmentSecret() {
        String realmImport = ManifestValidator.read(K8sFixture.K8S.resolve(GeneratedManifests.REALM_IMPORT));
        assertThat(realmImport).doesNotContain("users:", "dev-force", "rcs-cli", "127.0.0.1")
                .contains("secret: \"${FORCE_WMP_SECRET}\"", "name: rcs-keycloak-clients");
    }
}
