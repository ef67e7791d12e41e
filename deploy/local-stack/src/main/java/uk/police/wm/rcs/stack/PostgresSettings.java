package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The PostgreSQL parameters production runs with, read from the CloudNativePG clusters in
 * {@code deploy/k8s/platform/postgres.yaml}: the one place they are written. The benchmarks start their PostgreSQL
 * with them, so that what they measure (commit flushes, checkpoints) is what production does.
 */
public final class PostgresSettings {

    /** Production's archive parameter: without an archive (a local server has none) it does nothing. */
    private static final String ARCHIVE_TIMEOUT = "archive_timeout";

    private PostgresSettings() {
    }

    /** The parameters every cluster in the repository's manifest sets, but the archive's. */
    public static Map<String, String> production() {
        return production(RepoLayout.locate().root().resolve("deploy/k8s/platform/postgres.yaml"));
    }

    /** The parameters of the clusters in {@code manifest}; they must be the same for every cluster. */
    static Map<String, String> production(Path manifest) {
        Map<String, String> agreed = null;
        try (MappingIterator<JsonNode> documents = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .readValues(manifest.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (!"Cluster".equals(document.path("kind").asText())) {
                    continue;
                }
                Map<String, String> parameters = new TreeMap<>();
                document.path("spec").path("postgresql").path("parameters").fields()
                        .forEachRemaining(p -> parameters.put(p.getKey(), p.getValue().asText()));
                parameters.remove(ARCHIVE_TIMEOUT);
                if (agreed != null && !agreed.equals(parameters)) {
                    throw new IllegalStateException("The clusters in " + manifest + " set different parameters: "
                            + agreed + " and, for " + document.path("metadata").path("name").asText() + ", "
                            + parameters);
                }
                agreed = parameters;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (agreed == null || agreed.isEmpty()) {
            throw new IllegalStateException("No PostgreSQL parameters found in " + manifest);
        }
        return agreed;
    }
}
