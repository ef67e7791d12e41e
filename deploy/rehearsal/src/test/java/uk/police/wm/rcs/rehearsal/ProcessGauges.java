package uk.police.wm.rcs.rehearsal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

    /** Full collections per reading: the heap after GC is their median. */
    static final int COLLECTIONS = 3;
    /** What jcmd prints after a command that prints nothing else (GC.run); heap_info's lines follow it. */
    private static final String EXECUTED = "Command executed successfully";

    /**
     * Reads one process. The heap figure is the median of {@value #COLLECTIONS} readings, each right after a full
     * collection asked for with {@code GC.run} (a few tens of milliseconds on these heaps, once a minute): one
     * collection alone reads whatever the service held at that instant (requests in flight, a consumer's fetched
     * batch, a pool's buffers; in one 12-minute run the gateway's single readings went between 17.6 and 22.5 MB with
     * nothing growing); the median of three is what stays. All six commands go to one jcmd (a file of commands), so a reading starts one JVM, not six.
     */
    static Reading read(long pid) throws IOException, InterruptedException {
        long heap = median(heapsAfterGc(jcmdFile(pid, String.join(System.lineSeparator(),
                Collections.nCopies(COLLECTIONS, "GC.run" + System.lineSeparator() + "GC.heap_info")))));
        Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        long rssKb = rss.find() ? Long.parseLong(rss.group(1)) : -1;
        long files;
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            files = fds.count();
        }
        return new Reading(rssKb, heap, files);
    }

    /** The used heap printed by each {@code GC.heap_info} in the output of {@code GC.run, GC.heap_info, ...}, in KB. */
    static List<Long> heapsAfterGc(String output) {
        List<Long> heaps = new ArrayList<>();
        for (String block : output.split(EXECUTED)) {
            Matcher used = USED.matcher(block);
            long heap = 0;
            boolean found = false;
            while (used.find()) {
                heap += Long.parseLong(used.group(1));
                found = true;
            }
            if (found) {
                heaps.add(heap);
            }
        }
        if (heaps.size() != COLLECTIONS) {
            throw new IllegalStateException("Expected " + COLLECTIONS + " heap readings from jcmd, found " + heaps + " in: " + output);
        }
        return heaps;
    }

    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String jcmdFile(long pid, String commands) throws IOException, InterruptedException {
        Path file = Files.createTempFile("jcmd-", ".txt");
        try {
            Files.writeString(file, commands + System.lineSeparator());
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), "-f", file.toString()))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " -f (" + commands + ") failed: " + output);
            }
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
