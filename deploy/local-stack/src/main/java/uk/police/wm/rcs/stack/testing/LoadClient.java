package uk.police.wm.rcs.stack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The benchmarks' HTTP client: Apache HttpClient 5 in its blocking form, where the sending thread writes the request
 * and reads the answer on a kept-alive pooled connection itself. The JDK's {@code java.net.http.HttpClient} hands
 * every exchange between the caller, its selector thread and an executor; on a 2-core machine that shares its cores
 * with the service under test it cost 0.4-0.9 ms of CPU per request, as much as the service's own work, so the
 * load generator was measuring itself. Thread-safe; one instance per run.
 */
public final class LoadClient implements AutoCloseable {

    /** One request of a load run. */
    public record Request(String method, URI uri, Map<String, String> headers, String jsonBody) {

        public static Request get(URI uri, String bearerToken) {
            return new Request("GET", uri, bearer(bearerToken), null);
        }

        public static Request postJson(URI uri, String bearerToken, String json) {
            return new Request("POST", uri, bearer(bearerToken), json);
        }

        private static Map<String, String> bearer(String token) {
            return token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
        }
    }

    /** An answer whose body the caller needs (e.g. the id of what it created). */
    public record Answer(int status, String body) {
    }

    private final CloseableHttpClient http;

    /** A client that keeps up to {@code connections} connections to one service open. */
    public LoadClient(int connections) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(connections)
                .setMaxConnPerRoute(connections)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                        .setSocketTimeout(Timeout.ofSeconds(60)).build())
                .build();
        http = HttpClients.custom().setConnectionManager(pool).disableAutomaticRetries().disableCookieManagement()
                .disableRedirectHandling().disableContentCompression()
                .evictIdleConnections(Timeout.of(30, TimeUnit.SECONDS)).build();
    }

    /** Sends the request and returns the answer's status code; the body is read and discarded. */
    public int send(Request request) throws IOException {
        return http.execute(message(request), response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    /** Sends the request and returns the answer with its body as text (UTF-8 unless the answer names a charset). */
    public Answer exchange(Request request) throws IOException {
        return http.execute(message(request), response -> new Answer(response.getCode(),
                response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
    }

    private static HttpUriRequestBase message(Request request) {
        HttpUriRequestBase message = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach(message::addHeader);
        if (request.jsonBody() != null) {
            message.setEntity(new StringEntity(request.jsonBody(), ContentType.APPLICATION_JSON));
        }
        return message;
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
