package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Loopback TCP ports: picks free ones and checks that a fixed one is not taken. */
public final class Ports {

    /** The only address anything in the local stack listens on. */
    public static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /** Where {@link #freePort} looks: above the well-known and registered ports most programs listen on. */
    private static final int LOWEST = 10_000;
    /** Ports this JVM has handed out: never handed out twice, though the first user may not have bound it yet. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port that was free on 127.0.0.1 a moment ago, below the kernel's ephemeral range. A port the kernel picks for
     * {@code bind(0)} comes from that range, which is also where every outgoing connection takes its local port: a
     * port chosen there could be taken by a client's connection (to PostgreSQL, Kafka, ...) before the process it
     * was chosen for binds it, as once happened to Keycloak's management port in CI ("Address already in use").
     */
    public static int freePort() {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port on " + LOOPBACK + " between " + LOWEST + " and " + below);
    }

    /** The first port of the kernel's ephemeral range ({@code net.ipv4.ip_local_port_range}), 32768 by default. */
    static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    /** True when nothing listens on 127.0.0.1:port and we could bind it. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails with a message naming the port and its user when the port is taken.
     *
     * @param port the port to check
     * @param usedFor what we wanted it for, e.g. "Kafka"
     */
    public static void requireFree(int port, String usedFor) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " on " + LOOPBACK + " (wanted for " + usedFor
                    + ") is already in use. Is a stack already running (deploy/stack down), or does another program use it?"
                    + " Find it with: ss -ltnp 'sport = :" + port + "'");
        }
    }

    /** A fixed port when positive, otherwise a free one. */
    public static int fixedOrFree(int port) {
        return port > 0 ? port : freePort();
    }
}
