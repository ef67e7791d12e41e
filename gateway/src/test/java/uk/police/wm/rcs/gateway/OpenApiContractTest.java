package uk.police.wm.rcs.gateway;

import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.stack.testing.OpenApiContract;

/** The committed OpenAPI document is this service's contract (the check: {@link OpenApiContract}). */
@QuarkusTest
class OpenApiContractTest extends OpenApiContract {
}
