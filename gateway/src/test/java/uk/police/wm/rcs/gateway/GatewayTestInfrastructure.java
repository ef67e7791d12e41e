package uk.police.wm.rcs.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import uk.police.wm.rcs.stack.testing.PostgresKafkaTestResource;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** The real PostgreSQL and Kafka every gateway test runs against, and the key its test tokens are signed with. */
@QuarkusTestResource(value = PostgresKafkaTestResource.class,
        initArgs = @ResourceArg(name = PostgresKafkaTestResource.DATABASE_ARG, value = "gateway"))
@QuarkusTestResource(TestTokens.class)
@QuarkusTestResource(GatewayRoutesTestResource.class)
public final class GatewayTestInfrastructure {

    private GatewayTestInfrastructure() {
    }
}
