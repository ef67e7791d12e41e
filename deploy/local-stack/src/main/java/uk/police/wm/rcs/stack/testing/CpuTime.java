package uk.police.wm.rcs.stack.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU seconds used so far by a benchmark's own processes (this JVM as the client, the service, PostgreSQL and the
 * Kafka broker it started), from {@code /proc/<pid>/stat}: where a request's CPU goes. A service tested in this JVM
 * (a {@code @QuarkusTest}) is counted as the client: name it so where the figure is printed.
 */
public final class CpuTime {

    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {
    }

    /**
     * CPU seconds per component: client, service, postgres (the server on {@code postgresPort}, which daemonises, and
     * its backends), kafka, other.
     */
    public static Map<String, Double> byProcess(long servicePid, int postgresPort) {
        Map<String, Double> cpu = new TreeMap<>();
        cpu.merge("client", seconds(ProcessHandle.current().pid(), false), Double::sum);
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .matches(".*bin/postgres .*-p " + postgresPort + " .*")).forEach(postmaster -> {
                    // with its reaped children: the backends of connections closed since (the baseline's)
                    cpu.merge("postgres", seconds(postmaster.pid(), true), Double::sum);
                    postmaster.children().forEach(b -> cpu.merge("postgres", seconds(b.pid(), false), Double::sum));
                });
        ProcessHandle.current().descendants().forEach(p -> {
            String command = p.info().commandLine().orElse("");
            String component = p.pid() == servicePid ? "service"
                    : command.contains("postgres") ? "postgres"
                    : command.contains("kafka") ? "kafka" : "other";
            cpu.merge(component, seconds(p.pid(), false), Double::sum);
        });
        return cpu;
    }

    /** CPU seconds of all the components together. */
    public static double total(Map<String, Double> cpu) {
        return cpu.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Milliseconds of CPU per request in each component between two readings. */
    public static String perRequest(Map<String, Double> before, Map<String, Double> after, double requests) {
        return after.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(),
                1000 * (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) / requests))
                .collect(Collectors.joining(", "));
    }

    private static double seconds(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based over the line)
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withReapedChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (Exception e) {
            return 0;
        }
    }
}
