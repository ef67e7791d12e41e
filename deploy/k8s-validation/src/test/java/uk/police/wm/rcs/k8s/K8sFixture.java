package uk.police.wm.rcs.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import uk.police.wm.rcs.k8s.Violation.Rule;

/** The repository, the schemas (loaded once) and broken copies of deploy/k8s made on purpose. */
final class K8sFixture {

    static final Path REPO = Path.of(System.getProperty("rcs.repo.root", "../..")).toAbsolutePath().normalize();
    static final Path K8S = REPO.resolve("deploy/k8s");
    static final String PROJECT_VERSION = System.getProperty("rcs.project.version", "0.1.0-SNAPSHOT");
    static final Schemas SCHEMAS = new Schemas(Path.of(System.getProperty("rcs.k8s.builtin-schemas",
            REPO.resolve("deploy/k8s-validation/target/builtin-schemas").toString())));
    static final NetworkFlows FLOWS = NetworkFlows.read(REPO.resolve("deploy/README.md"));
    static final ManifestValidator VALIDATOR =
            new ManifestValidator(SCHEMAS, new ServiceSources(REPO), PROJECT_VERSION, FLOWS);

    private K8sFixture() {
    }

    /** A copy of deploy/k8s at {@code <dir>/deploy/k8s}. */
    static Path copyOfK8s(Path dir) {
        Path target = dir.resolve("deploy/k8s");
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(K8S.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces the first occurrence of {@code from}, which must be there. */
    static void replace(Path file, String from, String to) {
        String text = ManifestValidator.read(file);
        assertThat(text).as("the broken copy's edit must apply to %s", file).contains(from);
        write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    static void append(Path file, String text) {
        write(file, ManifestValidator.read(file) + text);
    }

    /** Rewrites one document of a manifest file as a tree (null from {@code edit} drops the document). */
    static void editDocument(Path file, Predicate<JsonNode> which, UnaryOperator<ObjectNode> edit) {
        List<JsonNode> documents = GeneratedManifests.documents(file);
        List<JsonNode> edited = new ArrayList<>();
        boolean found = false;
        for (JsonNode document : documents) {
            if (!found && which.test(document)) {
                found = true;
                ObjectNode result = edit.apply((ObjectNode) document);
                if (result != null) {
                    edited.add(result);
                }
            } else {
                edited.add(document);
            }
        }
        assertThat(found).as("the broken copy's document must exist in %s", file).isTrue();
        StringBuilder text = new StringBuilder();
        try {
            for (JsonNode document : edited) {
                text.append("---\n").append(ManifestSet.YAML.writeValueAsString(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(file, text.toString());
    }

    /** One row of a broken-copies test: what is broken, how, and the violation the validator must report for it. */
    static Arguments broken(String what, Rule rule, String message, Consumer<Path> breakIt) {
        return Arguments.of(what, rule, message, breakIt);
    }

    /** Breaks a fresh copy of deploy/k8s with {@code breakIt}; the validator must report {@code rule} with {@code message}. */
    static void assertBrokenCopyFails(Path dir, String what, Rule rule, String message, Consumer<Path> breakIt) {
        Path k8s = copyOfK8s(dir);
        breakIt.accept(k8s);

        List<Violation> violations = VALIDATOR.validate(k8s);

        assertThat(violations).as(what).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo(rule);
            assertThat(v.message()).contains(message);
        });
    }

    static Predicate<JsonNode> kind(String kind) {
        return d -> d.path("kind").asText().equals(kind);
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
