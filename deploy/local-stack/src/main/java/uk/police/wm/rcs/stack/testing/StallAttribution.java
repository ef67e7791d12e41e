package uk.police.wm.rcs.stack.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a service's flight recording shows in each slow second of an open loop: the JVM's pauses (garbage collection,
 * safepoints), its longest waits (on the database or Kafka socket, a lock, a pool) and how busy the machine was. A
 * request due in a slow second may have waited until the second's end plus its own latency, so each second's window
 * runs that far. The recording needs {@code settings=profile} (waits over 10 ms, the CPU load each second).
 * Waits named, each with the thread that waited (its name without the number: {@code executor-thread},
 * {@code outbox-relay}): reads and writes on a socket (by the remote port's name), fsyncs, contended locks, waits for a
 * database connection from the pool and for Kafka's acknowledgement of a send.
 */
public final class StallAttribution {

    /** Waits shorter than this are not named: they cannot explain a slow request alone. */
    private static final Duration NAMED_WAIT = Duration.ofMillis(10);

    private StallAttribution() {
    }

    /**
     * One line for each of {@code seconds}; {@code ports} names the remote ports a socket wait may be on (e.g. the
     * database's as "postgres").
     */
    public static List<String> of(Path recording, List<OpenLoop.Result.Second> seconds, Map<Integer, String> ports)
            throws IOException {
        List<RecordedEvent> events = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (e.getEventType().getName().matches("jdk\\.(GarbageCollection|SafepointBegin|SocketRead|SocketWrite"
                    + "|JavaMonitorEnter|ThreadPark|FileForce|CPULoad)") && !idle(e)) {
                events.add(e);
            }
        }
        List<String> lines = new ArrayList<>();
        for (OpenLoop.Result.Second second : seconds) {
            Instant from = second.from();
            Instant to = from.plusSeconds(1).plusMillis(second.worstMillis());
            lines.add(describe(second, events.stream().filter(e -> e.getEndTime().isAfter(from)
                    && e.getStartTime().isBefore(to)).toList(), ports));
        }
        return lines;
    }

    private static String describe(OpenLoop.Result.Second second, List<RecordedEvent> events,
            Map<Integer, String> ports) {
        double gcMillis = 0;
        int gcs = 0;
        double safepointMillis = 0;
        double machine = 0;
        Map<String, Duration> longestWait = new TreeMap<>();
        for (RecordedEvent e : events) {
            switch (e.getEventType().getName()) {
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    gcMillis += e.getDuration("sumOfPauses").toNanos() / 1e6;
                }
                case "jdk.SafepointBegin" -> safepointMillis += e.getDuration().toNanos() / 1e6;
                case "jdk.CPULoad" -> machine = Math.max(machine, e.getFloat("machineTotal"));
                default -> {
                    if (e.getDuration().compareTo(NAMED_WAIT) >= 0) {
                        longestWait.merge(waitName(e, ports) + " (" + threadGroup(e) + ")", e.getDuration(),
                                (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    }
                }
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s (worst %d ms): GC %d pauses %.0f ms,"
                + " safepoints %.0f ms, machine CPU up to %.0f %%", LocalTime.ofInstant(second.from(), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS), second.worstMillis(), gcs, gcMillis, safepointMillis, 100 * machine));
        longestWait.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(3)
                .forEach(w -> line.append(String.format(Locale.ROOT, "; %s %d ms", w.getKey(),
                        w.getValue().toMillis())));
        return line.toString();
    }

    /**
     * "read from postgres", "lock in org.acme.Cache.get", "wait for a database connection", "wait for Kafka's
     * acknowledgement", "fsync".
     */
    private static String waitName(RecordedEvent e, Map<Integer, String> ports) {
        return switch (e.getEventType().getName()) {
            case "jdk.SocketRead", "jdk.SocketWrite" -> (e.getEventType().getName().endsWith("Read") ? "read from "
                    : "write to ") + ports.getOrDefault(e.getInt("port"), "port " + e.getInt("port"));
            case "jdk.FileForce" -> "fsync";
            case "jdk.JavaMonitorEnter" -> "lock in " + topFrame(e);
            default -> parkedFor(e);
        };
    }

    /** The thread's name without its number: the pool or worker it belongs to. */
    private static String threadGroup(RecordedEvent e) {
        RecordedThread thread = e.getThread();
        String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
        return name.replaceFirst("[-#]?\\d+$", "");
    }

    /** What a parked thread waited for, or null for an idle one (a pool's worker, the relay between rounds). */
    private static String parkedFor(RecordedEvent e) {
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null) {
            return null;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("io.agroal.")) {
                return "wait for a database connection";
            }
            if (type.startsWith("org.apache.kafka.clients.producer.")) {
                return "wait for Kafka's acknowledgement";
            }
        }
        return null;
    }

    /**
     * A thread parked for anything but a database connection or Kafka's acknowledgement is an idle thread waiting for
     * work (a pool's worker, the relay between rounds): its wait delays no request and no event.
     */
    private static boolean idle(RecordedEvent e) {
        return e.getEventType().getName().equals("jdk.ThreadPark") && parkedFor(e) == null;
    }

    /** The first frame outside the JDK's own concurrency code: whose lock or pool it was. */
    private static String topFrame(RecordedEvent e) {
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null) {
            return "?";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type + "." + frame.getMethod().getName();
            }
        }
        return "?";
    }
}
