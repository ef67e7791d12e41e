package uk.police.wm.rcs.stack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jfr.Recording;

import uk.police.wm.rcs.stack.Ports;

/** A flight recording of this JVM in which a collection and a slow read happen: the slow second names both. */
class StallAttributionTest {

    @Test
    void aSlowSecondNamesTheCollectionsAndTheLongestSocketWaitInIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.jfr");
        Instant from;
        int port;
        try (Recording recording = new Recording(); ServerSocket server = new ServerSocket(0, 1,
                InetAddress.getByName(Ports.LOOPBACK))) {
            recording.enable("jdk.GarbageCollection");
            recording.enable("jdk.SocketRead").withThreshold(Duration.ofMillis(10)).withStackTrace();
            recording.start();
            from = Instant.now();
            port = server.getLocalPort();
            System.gc();
            ScheduledExecutorService answer = Executors.newSingleThreadScheduledExecutor();
            try (Socket client = new Socket(Ports.LOOPBACK, port); Socket accepted = server.accept()) {
                // the "database" answers 60 ms after being asked: the client's read waits that long
                answer.schedule(() -> {
                    try (OutputStream out = accepted.getOutputStream()) {
                        out.write(1);
                    }
                    return null;
                }, 60, TimeUnit.MILLISECONDS);
                try (InputStream in = client.getInputStream()) {
                    assertThat(in.read()).isEqualTo(1);
                }
            } finally {
                answer.shutdown();
            }
            recording.stop();
            recording.dump(file);
        }

        List<String> lines = StallAttribution.of(file, List.of(new OpenLoop.Result.Second(from, 70)),
                Map.of(port, "postgres"));

        assertThat(lines).singleElement().asString().contains("(worst 70 ms)").containsPattern("GC [1-9]\\d* pauses")
                .containsPattern("read from postgres \\(main\\) \\d+ ms");
        // a second before anything happened names nothing
        assertThat(StallAttribution.of(file, List.of(new OpenLoop.Result.Second(from.minusSeconds(60), 70)),
                Map.of(port, "postgres"))).singleElement().asString().contains("GC 0 pauses")
                .doesNotContain("postgres");
    }
}
