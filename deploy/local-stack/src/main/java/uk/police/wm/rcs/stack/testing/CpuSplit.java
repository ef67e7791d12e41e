package uk.police.wm.rcs.stack.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM's CPU went in a window of its flight recording (JDK Flight Recorder's execution samples, one every
 * 10-20 ms of a running Java thread under {@code settings=profile}): first by thread (the named groups of thread
 * names), then the samples of one group by part of the code. A sample belongs to the innermost frame of its stack
 * whose class is in a named part (the longest package prefix that matches), so the JDK's own code counts to whoever
 * called it; a stack with no such frame is "JDK, other". Garbage collection runs outside the sampled Java threads:
 * its pauses are summed beside the samples.
 */
public final class CpuSplit {

    /** A named part of the code: the package (or class) prefixes of its frames. */
    public record Part(String name, List<String> prefixes) {

        public static Part of(String name, String... prefixes) {
            return new Part(name, List.of(prefixes));
        }
    }

    /** A named group of threads: the prefixes of their names. */
    public record Threads(String name, List<String> prefixes) {

        public static Threads of(String name, String... prefixes) {
            return new Threads(name, List.of(prefixes));
        }

        boolean holds(String thread) {
            return prefixes.stream().anyMatch(thread::startsWith);
        }
    }

    /**
     * The split of a window: samples by thread group (in the order given, then "other threads"), the samples of the
     * first group by part (in the order given, then "JDK, other"), and the garbage collections' pauses.
     */
    public record Split(Map<String, Integer> byThreads, Map<String, Integer> byPart, int collections,
            Duration pauses) {

        /** "request threads 71 %, outbox relay 12 %, ..." of every sample in the window. */
        public String threadShares() {
            return shares(byThreads);
        }

        /** "HTTP 24 %, ..." of the first thread group's samples. */
        public String partShares() {
            return shares(byPart);
        }

        public int samples() {
            return byThreads.values().stream().mapToInt(Integer::intValue).sum();
        }

        private static String shares(Map<String, Integer> counts) {
            int all = counts.values().stream().mapToInt(Integer::intValue).sum();
            return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), 100.0 * e.getValue() / all))
                    .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, " (%d samples)", all);
        }
    }

    static final String OTHER_THREADS = "other threads";
    static final String OTHER_CODE = "JDK, other";

    private CpuSplit() {
    }

    /** The split of the samples taken from {@code from} to {@code to}. */
    public static Split of(Path recording, Instant from, Instant to, List<Threads> threads, List<Part> parts)
            throws IOException {
        Map<String, Integer> byThreads = new LinkedHashMap<>();
        threads.forEach(t -> byThreads.put(t.name(), 0));
        byThreads.put(OTHER_THREADS, 0);
        Map<String, Integer> byPart = new LinkedHashMap<>();
        parts.forEach(p -> byPart.put(p.name(), 0));
        byPart.put(OTHER_CODE, 0);
        int collections = 0;
        Duration pauses = Duration.ZERO;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (e.getStartTime().isBefore(from) || !e.getStartTime().isBefore(to)) {
                    continue;
                }
                String type = e.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    collections++;
                    pauses = pauses.plus(e.getDuration("sumOfPauses"));
                } else if (type.equals("jdk.ExecutionSample")) {
                    RecordedThread thread = e.getThread("sampledThread");
                    String name = thread == null || thread.getJavaName() == null ? "" : thread.getJavaName();
                    String group = threads.stream().filter(t -> t.holds(name)).map(Threads::name).findFirst()
                            .orElse(OTHER_THREADS);
                    byThreads.merge(group, 1, Integer::sum);
                    if (!threads.isEmpty() && group.equals(threads.get(0).name())) {
                        byPart.merge(part(e.getStackTrace(), parts), 1, Integer::sum);
                    }
                }
            }
        }
        return new Split(byThreads, byPart, collections, pauses);
    }

    /** The part of the innermost frame that belongs to one, by the longest matching prefix. */
    static String part(RecordedStackTrace stack, List<Part> parts) {
        if (stack == null) {
            return OTHER_CODE;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            String best = null;
            int longest = 0;
            for (Part part : parts) {
                for (String prefix : part.prefixes()) {
                    if (prefix.length() > longest && type.startsWith(prefix)) {
                        best = part.name();
                        longest = prefix.length();
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return OTHER_CODE;
    }
}
