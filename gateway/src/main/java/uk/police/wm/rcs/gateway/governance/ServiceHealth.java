package uk.police.wm.rcs.gateway.governance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.police.wm.rcs.gateway.config.RoutesConfig;
import uk.police.wm.rcs.gateway.readmodel.Section;

/** Whether each domain service answers its readiness check, asked at most every few seconds. */
@ApplicationScoped
public class ServiceHealth {

    private static final Duration CACHE = Duration.ofSeconds(3);
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private record Seen(boolean up, Instant at) {
    }

    @Inject
    RoutesConfig routes;

    @Inject
    Clock clock;

    private final Map<Section, Seen> seen = new ConcurrentHashMap<>();
    private HttpClient client;

    @PostConstruct
    void createClient() {
        client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** Whether the service that owns a section answered its readiness check lately. */
    public boolean isUp(Section section) {
        Instant now = Instant.now(clock);
        Seen last = seen.get(section);
        if (last != null && last.at().plus(CACHE).isAfter(now)) {
            return last.up();
        }
        boolean up = probe(section);
        seen.put(section, new Seen(up, now));
        return up;
    }

    private boolean probe(Section section) {
        String base = switch (section) {
            case CTU -> routes.ctu().url();
            case ROCU -> routes.rocu().url();
            case CYBER -> routes.cyber().url();
        };
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
