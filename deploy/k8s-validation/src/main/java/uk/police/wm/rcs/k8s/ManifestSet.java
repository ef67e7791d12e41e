package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * Every manifest under a folder (all {@code *.yaml} / {@code *.yml}), parsed strictly: a document that is not YAML,
 * has a duplicate key, is empty, or lacks apiVersion, kind or metadata.name is a violation. Kustomization files are
 * kept apart: they are instructions to kustomize, not resources.
 */
public final class ManifestSet {

    static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();
    private static final Pattern DNS_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

    private final Path root;
    private final List<Manifest> manifests = new ArrayList<>();
    private final List<Manifest> kustomizations = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();

    private ManifestSet(Path root) {
        this.root = root;
    }

    /** Reads every manifest file under {@code root}. */
    public static ManifestSet load(Path root) {
        ManifestSet set = new ManifestSet(root);
        for (Path file : yamlFiles(root)) {
            set.read(file);
        }
        return set;
    }

    static List<Path> yamlFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                documents.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            violations.add(new Violation(Rule.YAML, root.relativize(file).toString(),
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
            return;
        }
        if (documents.isEmpty()) {
            violations.add(new Violation(Rule.YAML, root.relativize(file).toString(), "no document"));
        }
        for (int i = 0; i < documents.size(); i++) {
            Manifest manifest = new Manifest(file, i, documents.get(i));
            JsonNode node = manifest.node();
            if (node == null || !node.isObject()) {
                violations.add(new Violation(Rule.YAML, manifest.where(), "empty document or not a mapping"));
                continue;
            }
            if (manifest.kind().equals("Kustomization")) {
                kustomizations.add(manifest);
                continue;
            }
            if (manifest.apiVersion().isBlank() || manifest.kind().isBlank() || manifest.name().isBlank()) {
                violations.add(new Violation(Rule.YAML, manifest.where(), "lacks apiVersion, kind or metadata.name"));
                continue;
            }
            checkName(manifest);
            manifests.add(manifest);
        }
    }

    private void checkName(Manifest manifest) {
        String name = manifest.name();
        boolean valid = manifest.is("Service") ? DNS_LABEL.matcher(name).matches() && name.length() <= 63
                : DNS_SUBDOMAIN.matcher(name).matches() && name.length() <= 253;
        if (!valid) {
            violations.add(new Violation(Rule.YAML, manifest.where(), "metadata.name is not a valid DNS name"));
        }
    }

    public Path root() {
        return root;
    }

    public List<Manifest> manifests() {
        return manifests;
    }

    public List<Manifest> kustomizations() {
        return kustomizations;
    }

    /** Problems found while reading. */
    public List<Violation> violations() {
        return violations;
    }

    public List<Manifest> ofKind(String kind) {
        return manifests.stream().filter(m -> m.is(kind)).toList();
    }

    public Optional<Manifest> find(String kind, String name) {
        return manifests.stream().filter(m -> m.is(kind) && m.name().equals(name)).findFirst();
    }
}
