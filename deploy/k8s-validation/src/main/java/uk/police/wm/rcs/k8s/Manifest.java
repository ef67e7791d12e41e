package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** One YAML document of a manifest file, with where it came from. */
public record Manifest(Path file, int index, JsonNode node) {

    public String apiVersion() {
        return node.path("apiVersion").asText("");
    }

    public String kind() {
        return node.path("kind").asText("");
    }

    public String name() {
        return node.path("metadata").path("name").asText("");
    }

    /** The API group: empty for the core group ({@code v1}). */
    public String group() {
        String apiVersion = apiVersion();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    public String version() {
        String apiVersion = apiVersion();
        return apiVersion.substring(apiVersion.indexOf('/') + 1);
    }

    public boolean is(String kind) {
        return kind.equals(kind());
    }

    public JsonNode spec() {
        return node.path("spec");
    }

    /** File, document number and kind/name, for messages. */
    public String where() {
        return file.getFileName() + "#" + index + " " + kind() + "/" + name();
    }
}
