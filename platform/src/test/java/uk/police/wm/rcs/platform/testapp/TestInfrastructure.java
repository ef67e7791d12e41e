package uk.police.wm.rcs.platform.testapp;

import uk.police.wm.rcs.stack.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;

/**
 * Declares the platform tests' resources once for every @QuarkusTest: real PostgreSQL and Kafka, and token keys.
 */
@QuarkusTestResource(value = PostgresKafkaTestResource.class,
        initArgs = @ResourceArg(name = PostgresKafkaTestResource.DATABASE_ARG, value = "platform"))
@QuarkusTestResource(TestTokens.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
