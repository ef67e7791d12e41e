package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a child process (Keycloak, Zipkin, a service) to answer ready, in one way: it fails at once with the
 * log's tail when the process exits, and with the same tail when time runs out, so a failed start says why.
 */
final class ChildReadiness {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * What a wait is about.
     *
     * @param name    the child's name in messages
     * @param process the running process, or null once it was stopped on purpose (the wait then ends)
     * @param ready   one look at whether it is ready now
     * @param pause   the pause between two looks, cut short if the process exits
     * @param url     where it should answer, for the message when it does not
     * @param giveUp  what to do before failing on a timeout or an interrupt (stop the child, or nothing)
     */
    record Child(String name, Supplier<Process> process, BooleanSupplier ready, Duration pause, String url, Path log,
            Runnable giveUp) {
    }

    private ChildReadiness() {
    }

    /** Returns once {@code child} is ready; throws if it exits, is stopped, or is not ready within {@code timeout}. */
    static void await(Child child, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process running = child.process().get();
            if (running == null) {
                throw new IllegalStateException(child.name() + " was stopped while starting");
            }
            if (!running.isAlive()) {
                throw new IllegalStateException(child.name() + " exited with status " + running.exitValue()
                        + " while starting. Last lines of " + child.log() + ":" + System.lineSeparator()
                        + ChildProcesses.tail(child.log(), 40));
            }
            if (child.ready().getAsBoolean()) {
                return;
            }
            try {
                running.waitFor(child.pause().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.giveUp().run();
                throw new IllegalStateException("Interrupted while waiting for " + child.name(), e);
            }
        }
        child.giveUp().run();
        throw new IllegalStateException(child.name() + " was not ready on " + child.url() + " after "
                + timeout.toSeconds() + " s. Last lines of " + child.log() + ":" + System.lineSeparator()
                + ChildProcesses.tail(child.log(), 40));
    }

    /** True when {@code GET url} answers 200 now, with a body containing {@code expected} unless that is null. */
    static boolean answers(String url, String expected) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && (expected == null || response.body().contains(expected));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
