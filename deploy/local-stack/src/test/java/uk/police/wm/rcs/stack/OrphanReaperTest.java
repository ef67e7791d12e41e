package uk.police.wm.rcs.stack;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A JVM killed with SIGKILL leaves PostgreSQL running (pg_ctl detaches it); the next start stops it. */
class OrphanReaperTest {

    /** Run as a child JVM: starts a temporary PostgreSQL, prints the postmaster's pid, then waits to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
        String pid = java.nio.file.Files.readAllLines(postgres.dataDirectory().resolve("postmaster.pid")).get(0).trim();
        System.out.println("POSTMASTER " + pid);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void postmasterOfAKilledJvmIsStoppedByTheNextReap() throws Exception {
        Process owner = new ProcessBuilder(List.of(ChildProcesses.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                "-Dslf4j.internal.verbosity=ERROR", OrphanReaperTest.class.getName()))
                .redirectErrorStream(true)
                .start();
        long postmasterPid = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("POSTMASTER ")) {
                    postmasterPid = Long.parseLong(line.substring("POSTMASTER ".length()));
                    break;
                }
            }
            assertThat(postmasterPid).as("the child JVM started PostgreSQL").isPositive();
            owner.destroyForcibly().waitFor();
            ProcessHandle postmaster = ProcessHandle.of(postmasterPid).orElseThrow();
            assertThat(postmaster.isAlive()).as("pg_ctl detached the postmaster, so it outlives a killed JVM").isTrue();

            OrphanReaper.reap();

            await().atMost(Duration.ofSeconds(30)).until(() -> !postmaster.isAlive());
        } finally {
            owner.destroyForcibly();
        }
    }
}
