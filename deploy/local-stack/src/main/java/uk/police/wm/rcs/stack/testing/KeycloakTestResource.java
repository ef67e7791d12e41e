package uk.police.wm.rcs.stack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Quarkus test resource pointing {@code quarkus.oidc.auth-server-url} at the JVM's {@link KeycloakTestServer}. */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", KeycloakTestServer.get().realmUrl());
    }

    @Override
    public void stop() {
        // shared by the JVM: the shutdown hook stops it
    }
}
