package uk.police.wm.rcs.rocu;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** The real PostgreSQL and Kafka every rocu-service test runs against, and the key its test tokens are signed with. */
@QuarkusTestResource(value = PostgresKafkaTestResource.class,
        initArgs = @ResourceArg(name = PostgresKafkaTestResource.DATABASE_ARG, value = "rocu"))
@QuarkusTestResource(TestTokens.class)
public final class RocuTestInfrastructure {

    private RocuTestInfrastructure() {
    }
}
