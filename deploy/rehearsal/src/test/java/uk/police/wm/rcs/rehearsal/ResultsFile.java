package uk.police.wm.rcs.rehearsal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code target/rehearsal-results.md} is written by more than one rehearsal (each in its own JVM stack, in any order):
 * each keeps its section beside it and the file is their concatenation, in section order.
 */
final class ResultsFile {

    private ResultsFile() {
    }

    static Path publish(Path file, String section, List<String> lines) throws IOException {
        Path sections = file.toAbsolutePath().resolveSibling("rehearsal-results");
        Files.createDirectories(sections);
        Files.write(sections.resolve(section + ".md"), lines, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>();
        try (Stream<Path> parts = Files.list(sections)) {
            for (Path part : parts.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                all.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        Files.write(file, all, StandardCharsets.UTF_8);
        return file;
    }
}
