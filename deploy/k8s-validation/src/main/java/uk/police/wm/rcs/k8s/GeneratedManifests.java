package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * The committed copies of what the build generates: each service's {@code target/kubernetes/kubernetes.yml}
 * (quarkus-kubernetes) under {@code deploy/k8s/services/<service>/}, and the realm import made from the realm file.
 * They must match (as YAML trees: quarkus-kubernetes does not keep the order of map keys from one build to the
 * next); {@code -Drcs.k8s.update=true} rewrites the committed copies instead.
 */
public final class GeneratedManifests {

    /** Where the realm import is committed, relative to deploy/k8s. */
    public static final String REALM_IMPORT = "platform/keycloak-realm-import.yaml";

    private final Path repoRoot;
    private final Path k8sDirectory;

    public GeneratedManifests(Path repoRoot, Path k8sDirectory) {
        this.repoRoot = repoRoot;
        this.k8sDirectory = k8sDirectory;
    }

    /** Drift between generated and committed manifests; with {@code update}, rewrites the committed copies first. */
    public List<Violation> check(boolean update) {
        List<Violation> violations = new ArrayList<>();
        for (String service : ServiceSources.SERVICES) {
            Path generated = repoRoot.resolve(service).resolve("target/kubernetes/kubernetes.yml");
            Path committed = k8sDirectory.resolve("services").resolve(service).resolve("kubernetes.yml");
            if (!Files.exists(generated)) {
                violations.add(new Violation(Rule.DRIFT, service, "not generated: package it first (./mvnw -pl "
                        + service + " package -DskipTests, or ./mvnw verify from the root)"));
                continue;
            }
            Path stale = newerSource(service, generated);
            if (stale != null) {
                violations.add(new Violation(Rule.DRIFT, service, generated + " is older than " + stale
                        + ": package " + service + " again"));
                continue;
            }
            if (update) {
                copy(generated, committed);
            }
            if (!Files.exists(committed) || !documents(generated).equals(documents(committed))) {
                violations.add(new Violation(Rule.DRIFT, repoRoot.relativize(committed).toString(),
                        "differs from " + repoRoot.relativize(generated) + ": review the change and run with -Drcs.k8s.update=true"));
            }
        }
        JsonNode realmImport = RealmImportGenerator.generate(repoRoot.resolve("deploy/keycloak/west-midlands-realm.json"));
        Path committedRealm = k8sDirectory.resolve(REALM_IMPORT);
        if (update) {
            write(committedRealm, RealmImportGenerator.yaml((ObjectNode) realmImport));
        }
        if (!Files.exists(committedRealm) || !List.of(realmImport).equals(documents(committedRealm))) {
            violations.add(new Violation(Rule.DRIFT, REALM_IMPORT,
                    "differs from what deploy/keycloak/west-midlands-realm.json generates: run with -Drcs.k8s.update=true"));
        }
        return violations;
    }

    /** A source of the service's manifests changed after they were generated. */
    private Path newerSource(String service, Path generated) {
        FileTime generatedAt = modified(generated);
        Path serviceDirectory = repoRoot.resolve(service);
        List<Path> sources = new ArrayList<>(List.of(serviceDirectory.resolve("pom.xml"),
                serviceDirectory.resolve("src/main/resources/application.properties")));
        Path extras = serviceDirectory.resolve("src/main/kubernetes");
        if (Files.isDirectory(extras)) {
            try (Stream<Path> files = Files.walk(extras)) {
                files.filter(Files::isRegularFile).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources.stream().filter(Files::exists).filter(s -> modified(s).compareTo(generatedAt) > 0)
                .findFirst().orElse(null);
    }

    static List<JsonNode> documents(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = ManifestSet.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                documents.add(it.nextValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
