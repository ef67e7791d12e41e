package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The state file of a running developer stack ({@code ~/.cache/rcs/stack/stack.state}): the launcher's pid and its
 * children's pids, so that {@code down} can stop it and a later {@code up} can clean up after a killed launcher.
 */
final class StackState {

    private final Path file;

    StackState(Path stackDirectory) {
        this.file = stackDirectory.resolve("stack.state");
    }

    Path file() {
        return file;
    }

    /** Records the launcher and the children started so far (rewritten atomically). */
    void write(long launcherPid, List<Long> childPids) {
        Properties properties = new Properties();
        properties.setProperty("launcher.pid", Long.toString(launcherPid));
        properties.setProperty("children.pids", String.join(",", childPids.stream().map(String::valueOf).toList()));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "stack", ".state");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "local stack launched by deploy/stack; deleted when it stops");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** The launcher, when the file exists and its pid still runs. */
    Optional<ProcessHandle> liveLauncher() {
        return read().flatMap(p -> pid(p.getProperty("launcher.pid"))).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    /** The recorded children that still run. */
    List<ProcessHandle> liveChildren() {
        List<ProcessHandle> live = new ArrayList<>();
        read().ifPresent(p -> Arrays.stream(p.getProperty("children.pids", "").split(","))
                .map(StackState::pid)
                .flatMap(Optional::stream)
                .map(ProcessHandle::of)
                .flatMap(Optional::stream)
                .filter(ProcessHandle::isAlive)
                .forEach(live::add));
        return live;
    }

    boolean exists() {
        return Files.exists(file);
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Properties> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return Optional.of(properties);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> pid(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
