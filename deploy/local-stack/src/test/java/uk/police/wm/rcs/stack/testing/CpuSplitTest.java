package uk.police.wm.rcs.stack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jfr.Recording;

/**
 * A flight recording of this JVM in which a named thread hashes for half a second through the JDK's digest: its
 * samples fall to its thread group and, though the JDK's frames are innermost, to the part that called them.
 */
class CpuSplitTest {

    @Test
    void samplesGoToTheirThreadGroupAndToTheInnermostNamedPart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("test.jfr");
        Instant from;
        Instant to;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.enable("jdk.GarbageCollection");
            recording.start();
            from = Instant.now();
            Thread worker = new Thread(Hashing::forHalfASecond, "work-1");
            worker.start();
            worker.join();
            System.gc();
            to = Instant.now();
            recording.stop();
            recording.dump(file);
        }

        CpuSplit.Split split = CpuSplit.of(file, from, to, List.of(CpuSplit.Threads.of("work", "work-")),
                List.of(CpuSplit.Part.of("hashing", Hashing.class.getName()), CpuSplit.Part.of("junit",
                        "org.junit")));

        assertThat(split.byThreads().get("work")).isPositive();
        assertThat(split.byPart().get("hashing")).as("the digest's JDK frames count to their caller")
                .isGreaterThan(split.byPart().get(CpuSplit.OTHER_CODE));
        assertThat(split.byPart().get("junit")).isZero();
        assertThat(split.collections()).isPositive();
        assertThat(split.threadShares()).startsWith("work ");
        // a window before anything ran holds nothing
        assertThat(CpuSplit.of(file, from.minusSeconds(60), from.minusSeconds(30), List.of(), List.of()).samples())
                .isZero();
    }

    /** The work the sampled thread does: hashing, in the JDK's digest, until half a second has passed. */
    static final class Hashing {

        static void forHalfASecond() {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                byte[] value = "synthetic".getBytes(StandardCharsets.UTF_8);
                long end = System.nanoTime() + 500_000_000L;
                while (System.nanoTime() < end) {
                    value = digest.digest(value);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
