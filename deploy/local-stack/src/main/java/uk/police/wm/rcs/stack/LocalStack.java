package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The whole system on this machine: PostgreSQL, Kafka, Keycloak, then the four services, then the demo data.
 *
 * <p>{@code main} is the developer's launcher ({@code deploy/stack up|down [--infra-only] [--clean]});
 * {@link #start(Options)} is the same for end-to-end tests, with {@link Options#forTests()} on free ports and
 * temporary directories so that tests never clash with a developer's running stack.
 */
public final class LocalStack implements AutoCloseable {

    /** The fixed ports of the developer stack. */
    public static final int POSTGRES_PORT = 15432;
    /** Kafka's client port in the developer stack. */
    public static final int KAFKA_PORT = 19092;
    /** Kafka's controller port in the developer stack. */
    public static final int KAFKA_CONTROLLER_PORT = 19093;
    /** Keycloak's HTTP port in the developer stack. */
    public static final int KEYCLOAK_PORT = 18080;
    /** Keycloak's management (health) port in the developer stack. */
    public static final int KEYCLOAK_MANAGEMENT_PORT = 19000;

    /**
     * How to start the stack.
     *
     * @param randomPorts free ports instead of the fixed developer ones
     * @param withServices start the services (false: infrastructure only)
     * @param loadDemoData replay deploy/demo after the services are up (needs all four services)
     * @param workDirectory data and logs kept between runs; null for a temporary folder deleted on close
     * @param clean wipe the PostgreSQL and Kafka data in the work directory first
     * @param out where progress and the summary go
     * @param kafkaBrokers 1: one KRaft node ({@link KafkaBrokerProcess}); 3: a {@link KafkaCluster} with replication
     *     factor 3 and min.insync.replicas 2
     * @param instances how many instances of each service (different ports, same database, same consumer group)
     * @param services which services to start (all four unless narrowed by {@link #onlyServices})
     * @param environment extra environment variables per service (every instance), e.g. a shorter timeout
     * @param zipkin start a Zipkin server and send the services' spans to it (otherwise they export none)
     */
    public record Options(boolean randomPorts, boolean withServices, boolean loadDemoData, Path workDirectory, boolean clean,
                          PrintStream out, int kafkaBrokers, int instances, Set<RcsService> services,
                          Map<RcsService, Map<String, String>> environment, boolean zipkin) {

        /** Validates and copies. */
        public Options {
            if (kafkaBrokers < 1 || instances < 1) {
                throw new IllegalArgumentException("kafkaBrokers and instances must be at least 1");
            }
            services = services == null || services.isEmpty() ? Set.copyOf(EnumSet.allOf(RcsService.class)) : Set.copyOf(services);
            environment = environment == null ? Map.of() : Map.copyOf(environment);
        }

        /** One broker, one instance of each of the four services (the original shape). */
        public Options(boolean randomPorts, boolean withServices, boolean loadDemoData, Path workDirectory, boolean clean,
                       PrintStream out) {
            this(randomPorts, withServices, loadDemoData, workDirectory, clean, out, 1, 1, EnumSet.allOf(RcsService.class), Map.of(),
                    false);
        }

        /** The developer stack: fixed ports, services, demo data, Zipkin and event log lines, data kept in ~/.cache/rcs/stack. */
        public static Options developer() {
            return new Options(false, true, true, KeycloakDistribution.cacheRoot().resolve("stack"), false, System.out)
                    .withZipkin(true).withEventLogLines();
        }

        /** For end-to-end tests: free ports, temporary directories, services, no demo data. */
        public static Options forTests() {
            return new Options(true, true, false, null, false, System.out);
        }

        /** Without the four services (to run one by hand in dev mode against the infrastructure). */
        public Options infraOnly() {
            return new Options(randomPorts, false, false, workDirectory, clean, out, kafkaBrokers, instances, services, environment, zipkin);
        }

        /** With or without the demo data. */
        public Options withDemoData(boolean load) {
            return new Options(randomPorts, withServices, load, workDirectory, clean, out, kafkaBrokers, instances, services, environment, zipkin);
        }

        /** With the data of a previous run wiped first, or kept. */
        public Options withClean(boolean wipe) {
            return new Options(randomPorts, withServices, loadDemoData, workDirectory, wipe, out, kafkaBrokers, instances, services, environment, zipkin);
        }

        /** With progress and summary printed elsewhere. */
        public Options withOutput(PrintStream stream) {
            return new Options(randomPorts, withServices, loadDemoData, workDirectory, clean, stream, kafkaBrokers, instances, services, environment, zipkin);
        }

        /** With a KRaft cluster of this many combined nodes (3: replication factor 3, min.insync.replicas 2). */
        public Options withKafkaBrokers(int brokers) {
            return new Options(randomPorts, withServices, loadDemoData, workDirectory, clean, out, brokers, instances, services, environment, zipkin);
        }

        /** With this many instances of each service started. */
        public Options withInstances(int count) {
            return new Options(randomPorts, withServices, loadDemoData, workDirectory, clean, out, kafkaBrokers, count, services, environment, zipkin);
        }

        /** Starting only these services (e.g. ROCU and the gateway for a rehearsal); no demo data then. */
        public Options onlyServices(RcsService... only) {
            return new Options(randomPorts, withServices, false, workDirectory, clean, out, kafkaBrokers, instances,
                    EnumSet.copyOf(List.of(only)), environment, zipkin);
        }

        /** With one more environment variable for every instance of a service (e.g. RCS_IDEMPOTENCY_IN_PROGRESS_TIMEOUT). */
        public Options withEnvironment(RcsService service, String name, String value) {
            Map<RcsService, Map<String, String>> all = new EnumMap<>(RcsService.class);
            all.putAll(environment);
            Map<String, String> own = new LinkedHashMap<>(environment.getOrDefault(service, Map.of()));
            own.put(name, value);
            all.put(service, own);
            return new Options(randomPorts, withServices, loadDemoData, workDirectory, clean, out, kafkaBrokers, instances, services, all,
                    zipkin);
        }

        /**
         * With the debug lines each event leaves (the outbox's "Wrote" and the relay's "Published" in every service, the
         * gateway's "Applied"), each in the event's trace: a trace id found in Zipkin then finds its log lines too.
         */
        public Options withEventLogLines() {
            Options options = this;
            for (RcsService service : RcsService.values()) {
                options = options.withEnvironment(service, "QUARKUS_LOG_CATEGORY__UK_POLICE_WM_RCS_PLATFORM_OUTBOX__LEVEL", "DEBUG");
            }
            return options.withEnvironment(RcsService.GATEWAY, "QUARKUS_LOG_CATEGORY__UK_POLICE_WM_RCS_GATEWAY_READMODEL__LEVEL",
                    "DEBUG");
        }

        /** With or without a Zipkin server collecting the services' spans. */
        public Options withZipkin(boolean start) {
            return new Options(randomPorts, withServices, loadDemoData, workDirectory, clean, out, kafkaBrokers, instances, services,
                    environment, start);
        }

        /** The services to start, in declaration order (the gateway first). */
        public List<RcsService> startedServices() {
            return withServices ? EnumSet.copyOf(services).stream().toList() : List.of();
        }
    }

    private final Options options;
    private final RepoLayout repo;
    private final Path workDirectory;
    private final boolean temporaryWorkDirectory;
    private final Map<RcsService, ServiceProcess> services = new EnumMap<>(RcsService.class);
    private final Map<RcsService, List<ServiceProcess>> instances = new EnumMap<>(RcsService.class);
    private final Set<Long> stoppedOnPurpose = ConcurrentHashMap.newKeySet();
    /** How each instance was launched, so that it can be launched again the same way. */
    private final Map<ServiceProcess, Launch> launches = new ConcurrentHashMap<>();

    private record Launch(String name, Path runner, int port, Map<String, String> environment, Path logFile) {
    }

    /** Instances started beside the stack's own ({@link #launchExtraInstance}): not clients' targets, stopped on close. */
    private final List<ServiceProcess> extras = new CopyOnWriteArrayList<>();
    private EmbeddedPostgresServer postgres;
    private KafkaBrokerProcess kafka;
    private KafkaCluster kafkaCluster;
    private KeycloakServer keycloak;
    private ZipkinServer zipkin;
    private long startupMillis;
    private volatile boolean stopping;

    private LocalStack(Options options, RepoLayout repo, Path workDirectory, boolean temporaryWorkDirectory) {
        this.options = options;
        this.repo = repo;
        this.workDirectory = workDirectory;
        this.temporaryWorkDirectory = temporaryWorkDirectory;
    }

    /** Starts everything the options ask for and waits until it is ready; on failure stops what had started. */
    public static LocalStack start(Options options) {
        return start(options, RepoLayout.locate());
    }

    /** {@link #start(Options)} for a given checkout. */
    public static LocalStack start(Options options, RepoLayout repo) {
        LocalStack stack = prepare(options, repo);
        stack.startAll();
        return stack;
    }

    /** A stack that has not started anything yet: {@link #close()} may be hooked up before {@link #startAll()}. */
    static LocalStack prepare(Options options, RepoLayout repo) {
        Path work;
        try {
            work = options.workDirectory() != null ? options.workDirectory().toAbsolutePath() : Files.createTempDirectory("rcs-stack-");
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LocalStack(options, repo, work, options.workDirectory() == null);
    }

    /** Starts everything; on failure (or a {@link #close()} meanwhile) stops what had started and throws. */
    void startAll() {
        long started = System.nanoTime();
        try {
            startInOrder();
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
        startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new IllegalStateException("The local stack was stopped while starting");
        }
    }

    private void startInOrder() {
        PrintStream out = options.out();
        Map<String, Integer> fixed = new LinkedHashMap<>();
        if (!options.randomPorts()) {
            fixed.put("PostgreSQL", POSTGRES_PORT);
            fixed.put("Kafka", KAFKA_PORT);
            fixed.put("Kafka controller", KAFKA_CONTROLLER_PORT);
            fixed.put("Keycloak", KEYCLOAK_PORT);
            fixed.put("Keycloak management", KEYCLOAK_MANAGEMENT_PORT);
            if (options.zipkin()) {
                fixed.put("Zipkin", ZipkinServer.DEFAULT_PORT);
            }
            if (options.withServices()) {
                for (RcsService service : options.startedServices()) {
                    for (int i = 0; i < options.instances(); i++) {
                        fixed.put(service.module() + (i == 0 ? "" : " #" + (i + 1)), instancePort(service, i));
                    }
                }
            }
            if (options.kafkaBrokers() > 1) {
                fixed.remove("Kafka");
                fixed.remove("Kafka controller"); // KafkaCluster checks its own
            }
            fixed.forEach((what, port) -> Ports.requireFree(port, what));
        }
        // fail before starting anything when something is not built
        Path brokerClasspath = repo.kafkaBrokerClasspath();
        if (options.withServices()) {
            List<String> missing = new ArrayList<>();
            for (RcsService service : options.startedServices()) {
                if (!Files.isRegularFile(repo.serviceRunner(service.module()))) {
                    missing.add(repo.serviceRunner(service.module()).toString());
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Not built yet: " + missing + ". Run ./mvnw -q -DskipTests install (or deploy/stack up --build).");
            }
        }
        if (options.clean()) {
            out.println("Wiping the PostgreSQL and Kafka data in " + workDirectory);
            EmbeddedPostgresServer.deleteRecursively(workDirectory.resolve("postgres"));
            EmbeddedPostgresServer.deleteRecursively(workDirectory.resolve("kafka"));
            EmbeddedPostgresServer.deleteRecursively(workDirectory.resolve("kafka-cluster"));
        }

        // Keycloak takes longest: start it first, in parallel with PostgreSQL and Kafka
        long keycloakStarted = System.nanoTime();
        keycloak = KeycloakServer.create(port(KEYCLOAK_PORT), port(KEYCLOAK_MANAGEMENT_PORT), workDirectory.resolve("keycloak"));
        CompletableFuture<Void> keycloakStart = CompletableFuture.runAsync(() -> keycloak.start(repo));
        CompletableFuture<Void> zipkinStart = CompletableFuture.completedFuture(null);
        if (options.zipkin()) {
            zipkin = ZipkinServer.create(port(ZipkinServer.DEFAULT_PORT), workDirectory.resolve("zipkin"));
            zipkinStart = CompletableFuture.runAsync(() -> zipkin.start(repo));
        }
        try {
            long t = System.nanoTime();
            postgres = EmbeddedPostgresServer.start(port(POSTGRES_PORT), workDirectory.resolve("postgres"));
            checkNotStopping();
            for (RcsService service : RcsService.values()) {
                postgres.createDatabase(service.database());
            }
            out.printf("PostgreSQL ready on port %d (%d ms)%n", postgres.port(), millisSince(t));
            t = System.nanoTime();
            if (options.kafkaBrokers() > 1) {
                kafkaCluster = KafkaCluster.create(brokerClasspath, workDirectory.resolve("kafka-cluster"), options.kafkaBrokers(),
                        port(KAFKA_PORT));
                kafka = kafkaCluster.node(1);
                kafkaCluster.start();
            } else {
                kafka = KafkaBrokerProcess.create(brokerClasspath, workDirectory.resolve("kafka"), port(KAFKA_PORT), port(KAFKA_CONTROLLER_PORT));
                kafka.start();
            }
            checkNotStopping();
            out.printf("Kafka ready on %s (%d ms)%n", kafkaBootstrapServers(), millisSince(t));
        } catch (RuntimeException | Error e) {
            // report this failure, not Keycloak's: abort its start and wait for the thread without its outcome
            keycloak.stop();
            keycloakStart.exceptionally(ignored -> null).join();
            if (zipkin != null) {
                zipkin.stop();
                zipkinStart.exceptionally(ignored -> null).join();
            }
            throw e;
        }
        awaitKeycloak(zipkinStart);
        if (zipkin != null) {
            out.printf("Zipkin ready on %s%n", zipkin.baseUrl());
        }
        awaitKeycloak(keycloakStart);
        checkNotStopping();
        out.printf("Keycloak ready on %s (%d ms)%n", keycloak.baseUrl(), millisSince(keycloakStarted));
        if (options.withServices()) {
            startServices();
            if (options.loadDemoData()) {
                new DemoDataLoader(repo.demoDataDirectory(), serviceUrls(), keycloak.tokens(), out).load();
            }
        }
    }

    /** Waits for a server started alongside (Keycloak, Zipkin), rethrowing its own failure. */
    private static void awaitKeycloak(CompletableFuture<Void> start) {
        try {
            start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void startServices() {
        long t = System.nanoTime();
        List<RcsService> started = options.startedServices();
        Map<RcsService, List<Integer>> ports = new EnumMap<>(RcsService.class);
        Set<Integer> taken = new HashSet<>();
        for (RcsService service : started) {
            List<Integer> servicePorts = new ArrayList<>();
            for (int i = 0; i < options.instances(); i++) {
                int port = options.randomPorts() ? Ports.freePort() : instancePort(service, i);
                while (!taken.add(port)) {
                    port = Ports.freePort();
                }
                servicePorts.add(port);
            }
            ports.put(service, servicePorts);
        }
        // all at once: none needs another to be up, the gateway only needs their URLs (of their first instance)
        for (RcsService service : started) {
            for (int i = 0; i < options.instances(); i++) {
                int port = ports.get(service).get(i);
                Map<String, String> env = new LinkedHashMap<>(ServiceProcess.environment(port, postgres.jdbcUrl(service.database()),
                        postgres.username(), postgres.password(), kafkaBootstrapServers(), keycloak.realmUrl()));
                if (service == RcsService.GATEWAY) {
                    for (RcsService routed : List.of(RcsService.CTU, RcsService.ROCU, RcsService.CYBER)) {
                        if (ports.containsKey(routed)) {
                            env.put("RCS_ROUTES_" + routed.name() + "_URL", "http://" + Ports.LOOPBACK + ":" + ports.get(routed).get(0));
                        }
                    }
                }
                env.putAll(tracingEnvironment());
                // webhooks call back to this machine only: the stack's traffic stays on 127.0.0.1
                env.put("RCS_WEBHOOKS_LOOPBACK_ONLY", "true");
                env.putAll(options.environment().getOrDefault(service, Map.of()));
                checkNotStopping();
                String name = service.module() + (i == 0 ? "" : "-" + (i + 1));
                Launch launch = new Launch(name, repo.serviceRunner(service.module()), port, Map.copyOf(env),
                        workDirectory.resolve("logs").resolve(name + ".log"));
                ServiceProcess process = ServiceProcess.launch(launch.name(), launch.runner(), port, launch.environment(),
                        launch.logFile());
                launches.put(process, launch);
                synchronized (services) {
                    if (i == 0) {
                        services.put(service, process);
                    }
                    instances.computeIfAbsent(service, s -> new ArrayList<>()).add(process);
                }
                ProcessHandle.of(process.pid()).ifPresent(h -> h.onExit().thenRun(() -> {
                    if (!stopping && !stoppedOnPurpose.contains(process.pid())) {
                        options.out().println("!! " + name + " exited unexpectedly; see " + process.logFile());
                    }
                }));
            }
        }
        for (List<ServiceProcess> list : instances.values()) {
            list.forEach(ServiceProcess::awaitReady);
        }
        options.out().printf("Services ready (%d ms)%n", millisSince(t));
    }

    /**
     * Where the services' spans go: to the stack's Zipkin server, or nowhere (the packaged services export OTLP to a
     * collector by default, which a machine without one would answer with an error per batch of spans).
     */
    private Map<String, String> tracingEnvironment() {
        if (zipkin == null) {
            return Map.of("RCS_TRACING_EXPORTER", "none");
        }
        return Map.of("RCS_TRACING_EXPORTER", "zipkin", "RCS_TRACING_ZIPKIN_ENDPOINT", zipkin.spansEndpoint());
    }

    /** The fixed port of a service's instance: its default port, then +10 per further instance (8090, 8091...). */
    static int instancePort(RcsService service, int index) {
        return service.defaultPort() + 10 * index;
    }

    private int port(int fixedPort) {
        return options.randomPorts() ? 0 : fixedPort;
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }

    /** Stops everything, services first, then Keycloak, Kafka and PostgreSQL; leaves no process behind. */
    @Override
    public void close() {
        stopping = true;
        synchronized (this) {
            stopEverything();
        }
    }

    private void stopEverything() {
        List<ServiceProcess> running;
        synchronized (services) {
            running = new ArrayList<>(instances.values().stream().flatMap(List::stream).toList());
            running.addAll(extras);
            extras.clear();
            services.clear();
            instances.clear();
        }
        running.stream().map(s -> CompletableFuture.runAsync(s::stop)).toList().forEach(CompletableFuture::join);
        List<RuntimeException> failures = new ArrayList<>();
        runCollecting(failures, () -> {
            if (keycloak != null) {
                keycloak.close();
            }
        });
        runCollecting(failures, () -> {
            if (zipkin != null) {
                zipkin.close();
            }
        });
        runCollecting(failures, () -> {
            if (kafkaCluster != null) {
                kafkaCluster.close();
            } else if (kafka != null) {
                kafka.close();
            }
        });
        runCollecting(failures, () -> {
            if (postgres != null) {
                postgres.close();
            }
        });
        keycloak = null;
        zipkin = null;
        kafka = null;
        kafkaCluster = null;
        postgres = null;
        if (temporaryWorkDirectory) {
            EmbeddedPostgresServer.deleteRecursively(workDirectory);
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static void runCollecting(List<RuntimeException> failures, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    /** The PostgreSQL server (databases ctu, rocu, cyber, gateway). */
    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** The JDBC URL of a service's database. */
    public String jdbcUrl(RcsService service) {
        return postgres.jdbcUrl(service.database());
    }

    /** The Kafka broker (stop and start it to test resilience); node 1 when the stack runs a {@link KafkaCluster}. */
    public KafkaBrokerProcess kafka() {
        return kafka;
    }

    /** The Kafka cluster, when started {@link Options#withKafkaBrokers with more than one broker}. */
    public KafkaCluster kafkaCluster() {
        if (kafkaCluster == null) {
            throw new IllegalStateException("This stack runs a single Kafka broker");
        }
        return kafkaCluster;
    }

    /** What the services get as {@code kafka.bootstrap.servers}: every node of the cluster, or the one broker. */
    public String kafkaBootstrapServers() {
        return kafkaCluster != null ? kafkaCluster.bootstrapServers() : kafka.bootstrapServers();
    }

    /** Every running instance of a service, the first one (also {@link #service}) first. */
    public List<ServiceProcess> instances(RcsService service) {
        synchronized (services) {
            return List.copyOf(instances.getOrDefault(service, List.of()));
        }
    }

    /** Instance {@code index} (0-based) of a service. */
    public ServiceProcess instance(RcsService service, int index) {
        List<ServiceProcess> all = instances(service);
        if (index < 0 || index >= all.size()) {
            throw new IllegalStateException(service.module() + " has no instance " + index + " in this stack");
        }
        return all.get(index);
    }

    /** Stops one instance gracefully (SIGTERM: Quarkus shuts down, a Kafka consumer leaves its group). */
    public void stopInstance(RcsService service, int index) {
        ServiceProcess process = instance(service, index);
        stoppedOnPurpose.add(process.pid());
        process.stop();
    }

    /** Kills one instance (SIGKILL: no shutdown, in-flight requests are cut, like a crashed node). */
    public void killInstance(RcsService service, int index) {
        ServiceProcess process = instance(service, index);
        stoppedOnPurpose.add(process.pid());
        process.kill();
    }

    /**
     * Stops one instance (SIGTERM) and launches it again with the same port, environment and log (appended), and
     * waits until it is ready; the new process takes the old one's place in {@link #instances}.
     */
    public ServiceProcess restartInstance(RcsService service, int index) {
        ServiceProcess old = instance(service, index);
        Launch launch = launches.remove(old);
        stoppedOnPurpose.add(old.pid());
        old.stop();
        ServiceProcess fresh = ServiceProcess.launch(launch.name(), launch.runner(), launch.port(), launch.environment(),
                launch.logFile());
        launches.put(fresh, launch);
        synchronized (services) {
            instances.get(service).set(index, fresh);
            if (index == 0) {
                services.put(service, fresh);
            }
        }
        return fresh.awaitReady();
    }

    /**
     * Starts one more instance of a service beside the stack's own, on a free port, with the first instance's
     * environment and some of it replaced (e.g. another database), and waits until it is ready. It is not among
     * {@link #instances}; stop it with {@link ServiceProcess#stop()} (or let {@link #close()} do it).
     *
     * @param suffix added to the service's name for its log, e.g. {@code restored}
     */
    public ServiceProcess launchExtraInstance(RcsService service, String suffix, Map<String, String> overrides) {
        Launch base = launches.get(instance(service, 0));
        int port = Ports.freePort();
        Map<String, String> env = new LinkedHashMap<>(base.environment());
        env.putAll(overrides);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        String name = service.module() + "-" + suffix;
        ServiceProcess extra = ServiceProcess.launch(name, base.runner(), port, env, workDirectory.resolve("logs").resolve(name + ".log"));
        extras.add(extra);
        return extra.awaitReady();
    }

    /** Stops Keycloak (SIGTERM to it and its JVM); {@link #startKeycloakAgain()} brings it back on the same ports. */
    public void stopKeycloak() {
        keycloak.stop();
    }

    /** Starts Keycloak again on the same ports and realm signing key, and waits until the realm answers. */
    public void startKeycloakAgain() {
        keycloak.startAgain(repo);
    }

    /** Keycloak. */
    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The Zipkin server holding the services' spans, when started {@link Options#withZipkin with one}. */
    public ZipkinServer zipkin() {
        if (zipkin == null) {
            throw new IllegalStateException("This stack runs no Zipkin server");
        }
        return zipkin;
    }

    /** A token helper for the west-midlands realm. */
    public KeycloakTokens tokens() {
        return keycloak.tokens();
    }

    /** A running service (empty map entries when started with {@link Options#infraOnly()}). */
    public ServiceProcess service(RcsService service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalStateException(service.module() + " is not running in this stack");
        }
        return process;
    }

    /** The base URL of a running service, e.g. {@code http://127.0.0.1:8082} for ROCU. */
    public String serviceUrl(RcsService service) {
        return service(service).baseUrl();
    }

    /** Every running service's base URL. */
    public Map<RcsService, String> serviceUrls() {
        Map<RcsService, String> urls = new EnumMap<>(RcsService.class);
        services.forEach((service, process) -> urls.put(service, process.baseUrl()));
        return urls;
    }

    /** Every pid this stack started (services, Keycloak's launcher script, the broker), for the state file. */
    List<Long> childPids() {
        List<Long> pids = new ArrayList<>();
        instances.values().forEach(list -> list.forEach(s -> pids.add(s.pid())));
        if (keycloak != null) {
            pids.add(keycloak.pid());
        }
        if (zipkin != null) {
            pids.add(zipkin.pid());
        }
        if (kafkaCluster != null) {
            kafkaCluster.nodes().stream().filter(KafkaBrokerProcess::isRunning).forEach(n -> pids.add(n.pid()));
        } else if (kafka != null && kafka.isRunning()) {
            pids.add(kafka.pid());
        }
        return pids;
    }

    /** The work directory (data, logs). */
    public Path workDirectory() {
        return workDirectory;
    }

    /** How long {@link #start} took until everything was ready. */
    public long startupMillis() {
        return startupMillis;
    }

    /** Prints every URL, the test identities, how to get a token and how long the start took. */
    public void printSummary(PrintStream out) {
        DevelopmentIdentities identities = DevelopmentIdentities.read(repo.realmFile());
        String tokenUrl = keycloak.tokens().tokenEndpoint();
        out.println();
        out.println("==> Local stack ready in " + String.format("%.1f s", startupMillis / 1000.0));
        out.printf("  PostgreSQL  %s   user %s, password %s   (data %s)%n",
                postgres.jdbcUrl("{" + List.of(RcsService.values()).stream().map(RcsService::database).collect(Collectors.joining(",")) + "}"),
                postgres.username(), postgres.password(), postgres.dataDirectory());
        if (kafkaCluster != null) {
            out.printf("  Kafka       %s   (%d KRaft nodes, replication %d, min.insync.replicas %d; logs %s/node-*/broker.log)%n",
                    kafkaCluster.bootstrapServers(), kafkaCluster.nodes().size(), kafkaCluster.replicationFactor(),
                    kafkaCluster.minInsyncReplicas(), kafkaCluster.workDirectory());
        } else {
            out.printf("  Kafka       %s   (log %s)%n", kafka.bootstrapServers(), kafka.logFile());
        }
        out.printf("  Keycloak    %s   realm %s   (log %s)%n", keycloak.baseUrl(), keycloak.realmUrl(), keycloak.logFile());
        out.printf("              admin console %s   (admin / admin unless KC_BOOTSTRAP_ADMIN_USERNAME/PASSWORD are set)%n",
                keycloak.adminConsoleUrl());
        if (zipkin != null) {
            out.printf("  Zipkin      %s/zipkin/   traces of every request; one by its id: %s   (log %s)%n", zipkin.baseUrl(),
                    zipkin.traceUrl("<trace id>"), zipkin.logFile());
            out.println("              a response's trace id: its traceresponse header; the services' JSON log lines: mdc.traceId");
        }
        for (Map.Entry<RcsService, List<ServiceProcess>> entry : instances.entrySet()) {
            for (ServiceProcess s : entry.getValue()) {
                out.printf("  %-11s %s   Swagger UI %s/q/swagger-ui   (log %s)%n", entry.getKey().key(), s.baseUrl(), s.baseUrl(), s.logFile());
            }
        }
        out.println();
        out.println("  Clients (client credentials, secret dev-<clientId>-secret unless <CLIENT_ID>_SECRET is set):");
        identities.clients().forEach(c -> out.println("    " + c));
        out.println("  Users (password = username, through the public client " + KeycloakTokens.CLI_CLIENT + "):");
        identities.users().forEach(u -> out.println("    " + u));
        out.println();
        out.println("  Get a token:");
        out.println("    curl -s " + tokenUrl + " -d grant_type=client_credentials -d client_id=force-wmp -d client_secret="
                + KeycloakTokens.clientSecret("force-wmp"));
        out.println("    curl -s " + tokenUrl + " -d grant_type=password -d client_id=" + KeycloakTokens.CLI_CLIENT
                + " -d username=rocu.analyst -d password=rocu.analyst");
        if (services.isEmpty()) {
            out.println();
            out.println("  Infrastructure only. Run a service against it, e.g.:");
            out.println("    QUARKUS_DATASOURCE_JDBC_URL=" + postgres.jdbcUrl("rocu") + " QUARKUS_DATASOURCE_USERNAME=" + postgres.username()
                    + " QUARKUS_DATASOURCE_PASSWORD=" + postgres.password() + " KAFKA_BOOTSTRAP_SERVERS=" + kafkaBootstrapServers()
                    + " QUARKUS_OIDC_AUTH_SERVER_URL=" + keycloak.realmUrl() + " ./mvnw -pl rocu-service quarkus:dev");
        }
        out.println();
    }

    /**
     * The launcher: {@code up} (default) [{@code --infra-only}] [{@code --clean}] [{@code --no-demo-data}]
     * [{@code --cluster}], or {@code down}.
     */
    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        String command = arguments.stream().filter(a -> !a.startsWith("--")).findFirst().orElse("up");
        List<String> flags = arguments.stream().filter(a -> a.startsWith("--")).toList();
        List<String> known = List.of("--infra-only", "--clean", "--no-demo-data", "--cluster");
        List<String> unknown = flags.stream().filter(f -> !known.contains(f)).toList();
        if (!List.of("up", "down").contains(command) || !unknown.isEmpty()) {
            System.err.println("usage: deploy/stack up [--build] [--infra-only] [--clean] [--no-demo-data] [--cluster] | deploy/stack down");
            System.exit(2);
        }
        Path stackDirectory = Options.developer().workDirectory();
        StackState state = new StackState(stackDirectory);
        if (command.equals("down")) {
            System.exit(down(state) ? 0 : 1);
        }
        up(state, flags);
    }

    private static void up(StackState state, List<String> flags) throws InterruptedException {
        state.liveLauncher().ifPresent(launcher -> {
            System.err.println("A local stack is already running (launcher pid " + launcher.pid() + "). Stop it with: deploy/stack down");
            System.exit(1);
        });
        cleanUpAfterKilledLauncher(state);
        Options options = Options.developer().withClean(flags.contains("--clean"));
        if (flags.contains("--cluster")) {
            // 3 KRaft nodes on 19092/19192/19292 (controllers one above), a second instance of each service on 8090-8093
            options = options.withKafkaBrokers(3).withInstances(2);
        }
        if (flags.contains("--infra-only")) {
            options = options.infraOnly();
        } else if (flags.contains("--no-demo-data")) {
            options = options.withDemoData(false);
        }
        long self = ProcessHandle.current().pid();
        state.write(self, List.of());
        LocalStack stack = prepare(options, RepoLayout.locate());
        CountDownLatch stopped = new CountDownLatch(1);
        // hooked up before anything starts: Ctrl-C or "down" during the start also stops what had started
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println();
            System.out.println("Stopping the local stack...");
            try {
                stack.close();
            } finally {
                state.delete();
                System.out.println("Local stack stopped.");
                stopped.countDown();
            }
        }, "local-stack-stop"));
        try {
            stack.startAll();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("Local stack failed to start: " + e.getMessage());
            System.exit(1);
            return;
        }
        state.write(self, stack.childPids());
        stack.printSummary(System.out);
        System.out.println("  Stop with Ctrl-C or: deploy/stack down");
        stopped.await();
    }

    private static void cleanUpAfterKilledLauncher(StackState state) {
        if (!state.exists()) {
            return;
        }
        for (ProcessHandle child : state.liveChildren()) {
            boolean ours = child.info().command().map(c -> c.endsWith("java") || c.endsWith("sh")).orElse(false);
            if (ours) {
                System.out.println("Stopping pid " + child.pid() + " left behind by a killed launcher");
                ChildProcesses.stopTree(child, 20);
            }
        }
        state.delete();
    }

    /** Signals the running launcher (its shutdown hook stops everything in order) and waits; true when all is gone. */
    static boolean down(StackState state) {
        var launcher = state.liveLauncher();
        if (launcher.isEmpty()) {
            boolean leftovers = !state.liveChildren().isEmpty();
            cleanUpAfterKilledLauncher(state);
            System.out.println(leftovers ? "Stopped processes left behind by a killed launcher." : "No local stack is running.");
            return true;
        }
        System.out.println("Stopping the local stack (launcher pid " + launcher.get().pid() + ")...");
        launcher.get().destroy();
        try {
            launcher.get().onExit().get(3, TimeUnit.MINUTES);
        } catch (Exception e) {
            System.err.println("The launcher did not stop in 3 minutes: killing it and its children");
            launcher.get().destroyForcibly();
        }
        cleanUpAfterKilledLauncher(state);
        System.out.println("Local stack stopped.");
        return true;
    }
}
