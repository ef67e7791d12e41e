package uk.police.wm.rcs.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a committed contract (a service's OpenAPI document) equal to what the code generates: a test hands it the
 * generated document and fails on any drift, so every contract change is a reviewed diff. Run the build with
 * {@code -Drcs.contract.update=true} to rewrite the committed file instead.
 */
public final class ContractFiles {

    /** System property that turns the check into an update of the committed file. */
    public static final String UPDATE_PROPERTY = "rcs.contract.update";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ContractFiles() {
    }

    /**
     * Compares the generated JSON document with the committed one (as JSON trees, so formatting doesn't matter).
     *
     * @throws AssertionError when they differ, naming the file and how to update it
     */
    public static void assertMatchesCommitted(String generatedJson, Path committed) {
        try {
            JsonNode generated = JSON.readTree(generatedJson);
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, JSON.writeValueAsString(JSON.treeToValue(generated, Object.class)) + "\n");
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError("No committed contract at " + committed + ": run the build with -D"
                        + UPDATE_PROPERTY + "=true once, review the file and commit it.");
            }
            JsonNode expected = JSON.readTree(Files.readString(committed));
            if (!expected.equals(generated)) {
                Path actual = committed.resolveSibling(committed.getFileName() + ".generated");
                Files.writeString(actual, JSON.writeValueAsString(JSON.treeToValue(generated, Object.class)) + "\n");
                throw new AssertionError("The code's contract differs from the committed " + committed
                        + " (generated copy: " + actual + "). If the change is intended, run the build with -D"
                        + UPDATE_PROPERTY + "=true and commit the reviewed diff.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
