package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution, unpacked once into {@code ~/.cache/rcs/keycloak-<version>} and built once.
 *
 * <p>The zip is the Maven artifact {@code org.keycloak:keycloak-quarkus-dist:<version>:zip}: found in the local Maven
 * repository, or fetched there by the project's own {@code ./mvnw dependency:get}, so no download host is named here.
 */
public final class KeycloakDistribution {

    /** The Keycloak version the project runs. */
    public static final String VERSION = "26.5.6";
    /** The options of {@code kc.sh build}; a change rebuilds the cached distribution. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-mem", "--health-enabled=true");

    private static final String ARTIFACT = "org.keycloak:keycloak-quarkus-dist:" + VERSION + ":zip";
    private static final String BUILT_MARKER = ".rcs-built";
    private static final String UNPACKED_MARKER = ".rcs-unpacked";

    private KeycloakDistribution() {
    }

    /**
     * The unpacked and built distribution's home folder, preparing it when needed (safe across JVMs: file lock).
     *
     * @param repo the checkout, whose Maven wrapper fetches the zip when the local repository lacks it
     */
    public static synchronized Path prepare(RepoLayout repo) {
        Path cache = cacheRoot();
        Path home = cache.resolve("keycloak-" + VERSION);
        try {
            Files.createDirectories(cache);
            try (FileChannel channel = FileChannel.open(cache.resolve("keycloak-" + VERSION + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                if (!Files.exists(home.resolve(UNPACKED_MARKER))) {
                    unpack(locateOrFetchZip(repo), cache, home);
                }
                buildIfNeeded(home, cache.resolve("keycloak-" + VERSION + "-build.log"));
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak in " + home, e);
        }
    }

    /** {@code ~/.cache/rcs}, where downloads and unpacked tools live outside the checkout. */
    public static Path cacheRoot() {
        return Path.of(System.getProperty("user.home"), ".cache", "rcs");
    }

    /** The local Maven repository: {@code -Dmaven.repo.local}, else settings.xml's localRepository, else ~/.m2/repository. */
    static Path localMavenRepository() {
        String property = System.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path m2 = Path.of(System.getProperty("user.home"), ".m2");
        Path settings = m2.resolve("settings.xml");
        if (Files.isRegularFile(settings)) {
            try {
                Matcher m = Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>")
                        .matcher(Files.readString(settings, StandardCharsets.UTF_8));
                if (m.find() && !m.group(1).contains("${")) {
                    return Path.of(m.group(1));
                }
            } catch (IOException e) {
                // an unreadable settings file: fall back to Maven's default like Maven would complain about it
            }
        }
        return m2.resolve("repository");
    }

    static Path zipInLocalRepository() {
        return localMavenRepository().resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION
                + "/keycloak-quarkus-dist-" + VERSION + ".zip");
    }

    private static Path locateOrFetchZip(RepoLayout repo) throws IOException {
        Path zip = zipInLocalRepository();
        if (Files.isRegularFile(zip)) {
            return zip;
        }
        System.out.println("Keycloak " + VERSION + " is not in the local Maven repository yet: fetching " + ARTIFACT
                + " (about 165 MB, once) with ./mvnw dependency:get, because the local stack and the end-to-end tests run it.");
        List<String> command = new ArrayList<>(List.of(repo.mavenWrapper().toString(), "-N", "dependency:get", "-Dartifact=" + ARTIFACT));
        String repoLocal = System.getProperty("maven.repo.local");
        if (repoLocal != null && !repoLocal.isBlank()) {
            command.add("-Dmaven.repo.local=" + repoLocal);
        }
        Process maven = new ProcessBuilder(command).directory(repo.root().toFile()).inheritIO().start();
        int status = waitFor(maven, 30, "./mvnw dependency:get");
        if (status != 0 || !Files.isRegularFile(zip)) {
            throw new IllegalStateException("Could not fetch " + ARTIFACT + " (./mvnw exited with " + status
                    + "). Run by hand: ./mvnw -N dependency:get -Dartifact=" + ARTIFACT);
        }
        return zip;
    }

    private static void unpack(Path zip, Path cache, Path home) throws IOException {
        System.out.println("Unpacking Keycloak " + VERSION + " into " + home + " (once)");
        Path staging = Files.createTempDirectory(cache, "keycloak-unpack-");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                // java.util.zip does not restore unix modes: the scripts are the only executables we need
                if (entry.getName().endsWith(".sh")) {
                    target.toFile().setExecutable(true, false);
                }
            }
        }
        Path unpacked = staging.resolve("keycloak-" + VERSION);
        if (!Files.isRegularFile(unpacked.resolve("bin/kc.sh"))) {
            throw new IOException(zip + " does not contain keycloak-" + VERSION + "/bin/kc.sh");
        }
        if (Files.exists(home)) {
            EmbeddedPostgresServer.deleteRecursively(home); // a half-unpacked leftover of an interrupted run
        }
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        EmbeddedPostgresServer.deleteRecursively(staging);
        Files.writeString(home.resolve(UNPACKED_MARKER), zip.toString(), StandardCharsets.UTF_8);
    }

    private static void buildIfNeeded(Path home, Path buildLog) throws IOException {
        Path marker = home.resolve(BUILT_MARKER);
        String wanted = String.join(" ", BUILD_OPTIONS);
        if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(wanted)) {
            return;
        }
        System.out.println("Building Keycloak once with " + wanted + " (about 10 s; log: " + buildLog + ")");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(buildLog.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int status = waitFor(builder.start(), 10, "kc.sh build");
        if (status != 0) {
            throw new IllegalStateException("kc.sh build failed with " + status + ". Last lines of " + buildLog + ":"
                    + System.lineSeparator() + ChildProcesses.tail(buildLog, 30));
        }
        Files.writeString(marker, wanted, StandardCharsets.UTF_8);
    }

    private static int waitFor(Process process, long minutes, String what) {
        try {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                ChildProcesses.stopTree(process.toHandle(), 5);
                throw new IllegalStateException(what + " did not finish within " + minutes + " minutes");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ChildProcesses.stopTree(process.toHandle(), 5);
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        }
    }
}
