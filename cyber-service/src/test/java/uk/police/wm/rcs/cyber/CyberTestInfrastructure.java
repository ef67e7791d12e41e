package uk.police.wm.rcs.cyber;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** The real PostgreSQL and Kafka every cyber-service test runs against, and the key its test tokens are signed with. */
@QuarkusTestResource(value = PostgresKafkaTestResource.class,
        initArgs = @ResourceArg(name = PostgresKafkaTestResource.DATABASE_ARG, value = "cyber"))
@QuarkusTestResource(TestTokens.class)
public final class CyberTestInfrastructure {

    private CyberTestInfrastructure() {
    }
}
