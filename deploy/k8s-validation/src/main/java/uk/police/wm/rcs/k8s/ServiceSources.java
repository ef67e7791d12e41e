package uk.police.wm.rcs.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the services' own sources say: the topic each writes, and the consumer group of a service that consumes. */
public final class ServiceSources {

    /** The services that generate Kubernetes manifests. */
    public static final List<String> SERVICES = List.of("ctu-service", "rocu-service", "cyber-service", "gateway");

    private static final Pattern GROUP_ID_DEFAULT =
            Pattern.compile("@WithDefault\\(\"([^\"]+)\"\\)\\s*String\\s+groupId\\(\\)");

    private final Path repoRoot;

    public ServiceSources(Path repoRoot) {
        this.repoRoot = repoRoot;
    }

    public Path repoRoot() {
        return repoRoot;
    }

    /** A key of the service's application.properties, the {@code %prod} value first. */
    public Optional<String> property(String service, String key) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(repoRoot.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(properties.getProperty("%prod." + key, properties.getProperty(key)));
    }

    /** {@code rcs.events.topic}: the one topic the service writes. */
    public Optional<String> eventsTopic(String service) {
        return property(service, "rcs.events.topic");
    }

    /**
     * The consumer group of a service that runs a Kafka consumer (its sources set {@code GROUP_ID_CONFIG}):
     * {@code rcs.read-model.group-id} from application.properties, else the default of its config mapping.
     */
    public Optional<String> consumerGroup(String service) {
        List<String> sources = javaSources(service);
        if (sources.stream().noneMatch(s -> s.contains("GROUP_ID_CONFIG"))) {
            return Optional.empty();
        }
        Optional<String> configured = property(service, "rcs.read-model.group-id");
        if (configured.isPresent()) {
            return configured;
        }
        for (String source : sources) {
            Matcher matcher = GROUP_ID_DEFAULT.matcher(source);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        throw new IllegalStateException(service + " consumes Kafka but its consumer group cannot be found");
    }

    private List<String> javaSources(String service) {
        try (Stream<Path> files = Files.walk(repoRoot.resolve(service).resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(ServiceSources::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
