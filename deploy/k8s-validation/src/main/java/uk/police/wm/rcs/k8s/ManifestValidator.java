package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.police.wm.rcs.k8s.Violation.Rule;

/** Runs every offline rule over a manifest folder (deploy/k8s or a broken copy of it). */
public final class ManifestValidator {

    private final Schemas schemas;
    private final ServiceSources sources;
    private final String projectVersion;
    private final NetworkFlows flows;

    public ManifestValidator(Schemas schemas, ServiceSources sources, String projectVersion, NetworkFlows flows) {
        this.schemas = schemas;
        this.sources = sources;
        this.projectVersion = projectVersion;
        this.flows = flows;
    }

    /** Every violation in the folder; empty when it would apply cleanly. */
    public List<Violation> validate(Path k8sDirectory) {
        ManifestSet set = ManifestSet.load(k8sDirectory);
        List<Violation> violations = new ArrayList<>(set.violations());
        for (Manifest manifest : set.manifests()) {
            schema(manifest, violations);
        }
        kustomization(set, violations);
        new ReferenceRules(set, violations).check();
        new WorkloadRules(set, sources, projectVersion, violations).check();
        new KafkaRules(set, sources, violations).check();
        new PodSecurityRules(set, violations).check();
        new NetworkPolicyRules(set, flows, violations).check();
        new PostgresRules(set, violations).check();
        new MonitoringRules(set, sources, violations).check();
        return violations;
    }

    private void schema(Manifest manifest, List<Violation> violations) {
        if (!schemas.isBuiltin(manifest) && !schemas.isCustom(manifest)) {
            violations.add(new Violation(Rule.UNKNOWN_KIND, manifest.where(),
                    "no schema for " + manifest.apiVersion() + " " + manifest.kind()));
            return;
        }
        Rule rule = schemas.isBuiltin(manifest) ? Rule.BUILTIN_SCHEMA : Rule.CUSTOM_SCHEMA;
        for (String problem : schemas.validate(manifest)) {
            violations.add(new Violation(rule, manifest.where(), problem));
        }
    }

    /** The kustomization lists files that exist, and every manifest file is in it (none validated but not applied). */
    private static void kustomization(ManifestSet set, List<Violation> violations) {
        Set<Path> listed = new HashSet<>();
        for (Manifest kustomization : set.kustomizations()) {
            Path base = kustomization.file().getParent();
            for (JsonNode resource : kustomization.node().path("resources")) {
                Path file = base.resolve(resource.asText()).normalize();
                if (!Files.exists(file)) {
                    violations.add(new Violation(Rule.KUSTOMIZATION, kustomization.where(),
                            "lists " + resource.asText() + ", which does not exist"));
                }
                listed.add(file);
            }
        }
        if (set.kustomizations().isEmpty()) {
            violations.add(new Violation(Rule.KUSTOMIZATION, set.root().toString(), "no kustomization.yaml"));
        }
        for (Path file : ManifestSet.yamlFiles(set.root())) {
            boolean isKustomization = file.getFileName().toString().startsWith("kustomization.");
            if (!isKustomization && !listed.contains(file.normalize()) && !listedDirectory(listed, file)) {
                violations.add(new Violation(Rule.KUSTOMIZATION, set.root().relativize(file).toString(),
                        "not listed in any kustomization: it would be validated but never applied"));
            }
        }
    }

    private static boolean listedDirectory(Set<Path> listed, Path file) {
        return listed.stream().anyMatch(l -> Files.isDirectory(l) && file.normalize().startsWith(l));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
