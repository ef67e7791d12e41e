package uk.police.wm.rcs.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * No literal password anywhere under {@code deploy/}, in any file: a password-like key with a literal value
 * ({@code password: x}, {@code password="x"} in a JAAS line, a placeholder with a default {@code ${X:dev-x}}),
 * credentials in a URL, a Secret manifest carrying data, a realm user with a password credential, a container env
 * entry whose name looks like a secret with a literal {@code value}. Only the development-only trees below are left
 * out, each because it never reaches a cluster.
 */
public final class PasswordScan {

    /** Trees under deploy/ that never reach a cluster, and why they may hold development credentials. */
    public static final Map<String, String> DEVELOPMENT_ONLY = Map.of(
            "keycloak", "the development realm imported by the local stack and the tests; the cluster's realm import is"
                    + " generated from it without users and with client secrets as placeholders fed from a Secret",
            "local-stack", "starts PostgreSQL, Kafka and Keycloak on 127.0.0.1 for development and tests",
            "demo", "synthetic demo data replayed by the local stack",
            "e2e", "end-to-end tests against the local stack",
            "security", "the security suite against the local stack: synthetic users it adds to the local Keycloak"
                    + " (password = user name) through that Keycloak's development admin",
            "rehearsal", "the local multi-instance rehearsal against the local stack",
            "kafka-broker", "the local broker's classpath",
            "stack", "the local stack's launcher script",
            "k8s-validation/src/main/java", "this validation's code (rule patterns, not values)",
            "k8s-validation/src/test", "this validation's tests, which write broken copies with literal passwords on"
                    + " purpose");

    /** The words that make a key, or a container's env name, look like it holds a secret. */
    private static final String SECRET_WORDS = "password|passwd|pwd|secret|credentials?";
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)[\"']?([a-z0-9_.-]{0,60}(?:" + SECRET_WORDS + ")[a-z0-9_.-]{0,60})[\"']?\\s*[:=]\\s*"
                    + "(\"[^\"]*\"|'[^']*'|[^\\s,}{\\[]*)");
    /** Keys whose value names a Secret rather than holding one. */
    private static final Set<String> SECRET_NAME_KEYS = Set.of("tlssecret", "usernamesecret", "passwordsecret",
            "superusersecret", "secretname", "from-secret", "secretref", "existingsecret");
    /** An env name holding a secret; a JAAS configuration carries the password in it. */
    private static final Pattern SECRET_ENV_NAME = Pattern.compile("(?i).*(" + SECRET_WORDS + "|jaas).*");
    /** Kubernetes' own reference to another variable of the container, {@code $(NAME)}: not a value. */
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\([A-Za-z_][A-Za-z0-9_]*\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z0-9_.]+}");
    private static final Pattern URL_CREDENTIALS = Pattern.compile("[a-z][a-z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PasswordScan() {
    }

    /** Scans every file under {@code deployDirectory} except build output and the development-only trees. */
    public static List<Violation> scan(Path deployDirectory) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(deployDirectory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(deployDirectory) || !excluded(deployDirectory.relativize(dir))
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !excluded(deployDirectory.relativize(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Violation> violations = new ArrayList<>();
        files.stream().sorted().forEach(f -> scanFile(deployDirectory, f, violations));
        return violations;
    }

    private static boolean excluded(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return DEVELOPMENT_ONLY.keySet().stream().anyMatch(tree -> relative.startsWith(Path.of(tree)));
    }

    private static void scanFile(Path deployDirectory, Path file, List<Violation> violations) {
        String where = deployDirectory.relativize(file).toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (MalformedInputException e) {
            return; // binary: nothing a person wrote
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("://") && URL_CREDENTIALS.matcher(line).find()) {
                violations.add(new Violation(Rule.LITERAL_PASSWORD, where + ":" + (i + 1), "credentials in a URL"));
            }
            if (!(lower.contains("pass") || lower.contains("secret") || lower.contains("pwd")
                    || lower.contains("credential"))) {
                continue;
            }
            Matcher matcher = KEY_VALUE.matcher(line);
            while (matcher.find()) {
                String key = matcher.group(1);
                String value = matcher.group(2).replaceAll("^[\"']|[\"']$", "").strip();
                if (isLiteral(key, value)) {
                    violations.add(new Violation(Rule.LITERAL_PASSWORD, where + ":" + (i + 1),
                            "literal value for " + key));
                }
            }
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
            structured(file, where, name.endsWith(".json") ? JSON : ManifestSet.YAML, violations);
        }
    }

    private static boolean isLiteral(String key, String value) {
        String k = key.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("|") || value.equals(">") || value.equals("|-") || value.equals(">-")) {
            return false;
        }
        if (value.matches("true|false|null|-?[0-9.]+")) {
            return false;
        }
        if (SECRET_NAME_KEYS.contains(k) || k.endsWith("secretref") || k.endsWith("-secret-name")) {
            return false;
        }
        // a placeholder without a default, or a shell variable / command substitution in an install command
        return !PLACEHOLDER.matcher(value).matches() && !value.matches("\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\(.*\\)");
    }

    private static void structured(Path file, String where, ObjectMapper mapper, List<Violation> violations) {
        try (MappingIterator<JsonNode> documents = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNextValue()) {
                JsonNode document = documents.nextValue();
                if (document == null) {
                    continue;
                }
                if (document.path("kind").asText().equals("Secret")
                        && (!document.path("data").isEmpty() || !document.path("stringData").isEmpty())) {
                    violations.add(new Violation(Rule.LITERAL_PASSWORD, where,
                            "a Secret with data in the repository: make it at install time (install-secrets.txt)"));
                }
                walk(document, where, violations);
            }
        } catch (IOException | RuntimeException e) {
            // not parseable: the YAML rule reports manifests; other files were scanned as text above
        }
    }

    private static void walk(JsonNode node, String where, List<Violation> violations) {
        if (node.isObject()) {
            for (JsonNode env : node.path("env")) {
                String name = env.path("name").asText("");
                if (SECRET_ENV_NAME.matcher(name).matches() && env.has("value")
                        && !ENV_REFERENCE.matcher(env.path("value").asText()).matches()) {
                    violations.add(new Violation(Rule.LITERAL_PASSWORD, where,
                            "env " + name + " has a literal value: take it from a Secret (valueFrom.secretKeyRef)"));
                }
            }
            if (node.path("type").asText().equals("password") && node.path("value").isTextual()
                    && !PLACEHOLDER.matcher(node.path("value").asText()).matches()) {
                violations.add(new Violation(Rule.LITERAL_PASSWORD, where, "a password credential with a literal value"));
            }
            node.elements().forEachRemaining(child -> walk(child, where, violations));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> walk(child, where, violations));
        }
    }
}
