package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where things live in the repository checkout: the broker classpath, the realm file, the service jars, the demo data. */
public final class RepoLayout {

    private final Path root;

    private RepoLayout(Path root) {
        this.root = root;
    }

    /** A layout rooted at the given checkout. */
    public static RepoLayout at(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        if (!isRepoRoot(normalized)) {
            throw new IllegalArgumentException(normalized + " is not the repository root (no deploy/kafka-broker/pom.xml there)");
        }
        return new RepoLayout(normalized);
    }

    /**
     * Finds the checkout: the system property {@code rcs.repo.root} (set by the root pom's surefire configuration),
     * the environment variable {@code RCS_REPO_ROOT}, then the parents of the working directory and of this class's jar.
     */
    public static RepoLayout locate() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("rcs.repo.root")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("RCS_REPO_ROOT")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        addWithParents(candidates, Path.of("").toAbsolutePath());
        codeLocation().ifPresent(p -> addWithParents(candidates, p));
        for (Path candidate : candidates) {
            Path normalized = candidate.toAbsolutePath().normalize();
            if (isRepoRoot(normalized)) {
                return new RepoLayout(normalized);
            }
        }
        throw new IllegalStateException("Cannot find the repository checkout (a folder with deploy/kafka-broker/pom.xml)."
                + " Run from inside the checkout or set -Drcs.repo.root=/path/to/checkout. Looked at: " + candidates);
    }

    private static boolean isRepoRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("deploy/kafka-broker/pom.xml"));
    }

    private static void addWithParents(List<Path> candidates, Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            candidates.add(p);
        }
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = RepoLayout.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The checkout's root folder. */
    public Path root() {
        return root;
    }

    /** The Maven wrapper at the root. */
    public Path mavenWrapper() {
        return root.resolve("mvnw");
    }

    /**
     * The folder with the broker's whole runtime classpath, written by the kafka-broker module's build.
     *
     * @throws IllegalStateException when the module has not been built
     */
    public Path kafkaBrokerClasspath() {
        Path lib = root.resolve("deploy/kafka-broker/target/lib");
        boolean built = Files.isDirectory(lib) && containsBrokerJar(lib);
        if (!built) {
            throw new IllegalStateException("The Kafka broker classpath " + lib + " is missing. Build it once with: "
                    + "./mvnw -q -pl deploy/kafka-broker install   (from " + root + ")");
        }
        return lib;
    }

    private static boolean containsBrokerJar(Path lib) {
        try (var files = Files.list(lib)) {
            return files.anyMatch(f -> f.getFileName().toString().matches("kafka-broker-.*\\.jar"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The west-midlands realm that Keycloak imports. */
    public Path realmFile() {
        return root.resolve("deploy/keycloak/west-midlands-realm.json");
    }

    /** The folder of demo request files replayed after the services start. */
    public Path demoDataDirectory() {
        return root.resolve("deploy/demo");
    }

    /** The runnable jar of a Quarkus service module, e.g. {@code ctu-service}. */
    public Path serviceRunner(String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
