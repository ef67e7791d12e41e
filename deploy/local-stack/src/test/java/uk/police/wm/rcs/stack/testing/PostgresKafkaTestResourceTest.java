package uk.police.wm.rcs.stack.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The test resource hands Quarkus a working datasource and broker, once per JVM, whatever the class loader. */
class PostgresKafkaTestResourceTest {

    @Test
    void startReturnsConfigForACreatedDatabaseAndAWorkingBroker() throws Exception {
        PostgresKafkaTestResource resource = new PostgresKafkaTestResource();
        resource.init(Map.of("database", "rocu"));
        Map<String, String> config = resource.start();

        assertThat(config).containsOnlyKeys("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password", "kafka.bootstrap.servers");
        assertThat(config.get("quarkus.datasource.jdbc.url")).isEqualTo(PostgresKafkaTestResource.jdbcUrl("rocu"))
                .isEqualTo(PostgresKafkaTestResource.jdbcUrl());
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("rocu");
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("kafka.bootstrap.servers")),
                new StringSerializer(), new StringSerializer())) {
            assertThat(producer.send(new ProducerRecord<>("resource-test", "k", "v")).get(30, TimeUnit.SECONDS).offset())
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void secondResourceReusesTheSameServersWithItsOwnDatabase() {
        PostgresKafkaTestResource first = new PostgresKafkaTestResource();
        first.init(Map.of());
        Map<String, String> firstConfig = first.start();
        first.stop();
        PostgresKafkaTestResource second = new PostgresKafkaTestResource();
        second.init(Map.of("database", "cyber"));
        Map<String, String> secondConfig = second.start();

        assertThat(firstConfig.get("quarkus.datasource.jdbc.url")).endsWith("/app");
        assertThat(secondConfig.get("quarkus.datasource.jdbc.url")).endsWith("/cyber");
        assertThat(secondConfig.get("kafka.bootstrap.servers")).isEqualTo(firstConfig.get("kafka.bootstrap.servers"));
        assertThat(PostgresKafkaTestResource.kafka().isRunning()).isTrue();
    }

    @Test
    void aSecondClassLoaderAttachesToTheSameServersAndCanRestartTheBroker() throws Exception {
        PostgresKafkaTestResource.ensureStarted();
        long pidBefore = PostgresKafkaTestResource.kafka().pid();

        // what Quarkus does on an application restart: the same classes again, from another loader
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        try (URLClassLoader other = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> otherResource = other.loadClass(PostgresKafkaTestResource.class.getName());
            assertThat(otherResource).isNotSameAs(PostgresKafkaTestResource.class);
            otherResource.getMethod("ensureStarted").invoke(null);
            assertThat(otherResource.getMethod("postgresPort").invoke(null)).isEqualTo(PostgresKafkaTestResource.postgresPort());

            Object otherKafka = otherResource.getMethod("kafka").invoke(null);
            assertThat(otherKafka.getClass().getMethod("pid").invoke(otherKafka)).isEqualTo(pidBefore);
            otherKafka.getClass().getMethod("stop").invoke(otherKafka);
            assertThat(PostgresKafkaTestResource.kafka().isRunning()).isFalse();
            otherKafka.getClass().getMethod("start").invoke(otherKafka);
        }
        assertThat(PostgresKafkaTestResource.kafka().isRunning()).isTrue();
        assertThat(PostgresKafkaTestResource.kafka().pid()).isNotEqualTo(pidBefore);
    }
}
