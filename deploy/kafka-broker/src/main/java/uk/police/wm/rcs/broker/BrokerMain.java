package uk.police.wm.rcs.broker;

import java.util.Optional;

/** Starts a Kafka broker that dies with the process that launched it, so no orphan broker survives a killed launcher. */
public final class BrokerMain {

    /** How long a graceful Kafka shutdown may take after the parent is gone before the JVM is halted. */
    private static final long GRACEFUL_EXIT_MILLIS = 10_000;

    private BrokerMain() {
    }

    /**
     * Watches the parent process, then hands over to {@code kafka.Kafka.main}.
     *
     * @param args the arguments of {@code kafka.Kafka}: the path of server.properties
     */
    public static void main(String[] args) throws Exception {
        watchParent(ProcessHandle.current().parent());
        kafka.Kafka.main(args);
    }

    private static void watchParent(Optional<ProcessHandle> parent) {
        if (parent.isEmpty()) {
            // parent already gone (we were reparented before we could look): nothing will ever stop us
            Runtime.getRuntime().halt(3);
        }
        Thread watcher = new Thread(() -> {
            parent.get().onExit().join();
            System.err.println("BrokerMain: parent process " + parent.get().pid() + " exited, stopping the broker");
            // try Kafka's own shutdown hook first (clean log close means a fast restart), but never hang on it
            Thread halter = new Thread(() -> {
                try {
                    Thread.sleep(GRACEFUL_EXIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(2);
            }, "broker-halter");
            halter.setDaemon(true);
            halter.start();
            System.exit(1);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
