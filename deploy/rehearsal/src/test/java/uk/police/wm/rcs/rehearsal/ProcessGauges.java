package uk.police.wm.rcs.rehearsal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a service JVM holds, read from outside it: resident memory, heap after a full collection, open descriptors. */
final class ProcessGauges {

    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    /** Serial GC's heap_info: "def new generation total 9792K, used 5123K", "tenured generation total ..., used ...". */
    private static final Pattern USED = Pattern.compile("generation\\s+total \\d+K, used (\\d+)K");

    /** One reading. */
    record Reading(long rssKb, long heapAfterGcKb, long openFiles) {
    }

    private ProcessGauges() {
    }

    /**
     * Reads one process. The heap figure comes after a full collection asked for with {@code jcmd GC.run} (a few tens
     * of milliseconds on these heaps, once a minute), so it is what survives, not what happens to be allocated.
     */
    static Reading read(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        long heap = 0;
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        while (used.find()) {
            heap += Long.parseLong(used.group(1));
        }
        Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        long rssKb = rss.find() ? Long.parseLong(rss.group(1)) : -1;
        long files;
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            files = fds.count();
        }
        return new Reading(rssKb, heap, files);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }
}
