package uk.police.wm.rcs.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The options of a multi-broker, multi-instance stack keep every other setting, and the original shape is the default. */
class LocalStackOptionsTest {

    @Test
    void theOriginalShapeIsOneBrokerOneInstanceOfAllFourServices() {
        LocalStack.Options options = LocalStack.Options.forTests();
        assertThat(options.kafkaBrokers()).isEqualTo(1);
        assertThat(options.instances()).isEqualTo(1);
        assertThat(options.startedServices()).containsExactly(RcsService.values());
        assertThat(options.environment()).isEmpty();
        assertThat(options.infraOnly().startedServices()).isEmpty();
    }

    @Test
    void clusterInstancesServicesAndEnvironmentCombineWithoutLosingOtherSettings() {
        LocalStack.Options options = LocalStack.Options.forTests().withDemoData(false).withClean(true)
                .withKafkaBrokers(3).withInstances(2).onlyServices(RcsService.ROCU, RcsService.GATEWAY)
                .withEnvironment(RcsService.ROCU, "A", "1").withEnvironment(RcsService.ROCU, "B", "2");
        assertThat(options.kafkaBrokers()).isEqualTo(3);
        assertThat(options.instances()).isEqualTo(2);
        assertThat(options.clean()).isTrue();
        assertThat(options.randomPorts()).isTrue();
        assertThat(options.startedServices()).containsExactly(RcsService.GATEWAY, RcsService.ROCU);
        assertThat(options.environment()).isEqualTo(Map.of(RcsService.ROCU, Map.of("A", "1", "B", "2")));
        assertThat(options.withOutput(System.err).kafkaBrokers()).isEqualTo(3);
    }

    @Test
    void theDeveloperStackRunsZipkinAndTestsOnlyWhenTheyAskForIt() {
        assertThat(LocalStack.Options.developer().zipkin()).isTrue();
        assertThat(LocalStack.Options.forTests().zipkin()).isFalse();
        LocalStack.Options options = LocalStack.Options.forTests().withZipkin(true).withKafkaBrokers(3).withInstances(2)
                .onlyServices(RcsService.ROCU).withEnvironment(RcsService.ROCU, "A", "1").withDemoData(false);
        assertThat(options.zipkin()).isTrue();
        assertThat(options.infraOnly().zipkin()).isTrue();
        assertThat(LocalStack.Options.developer().environment().get(RcsService.GATEWAY))
                .containsEntry("QUARKUS_LOG_CATEGORY__UK_POLICE_WM_RCS_GATEWAY_READMODEL__LEVEL", "DEBUG");
    }

    @Test
    void furtherInstancesOfTheDeveloperStackAreTenPortsApart() {
        assertThat(LocalStack.instancePort(RcsService.ROCU, 0)).isEqualTo(8082);
        assertThat(LocalStack.instancePort(RcsService.ROCU, 1)).isEqualTo(8092);
        assertThat(LocalStack.instancePort(RcsService.GATEWAY, 1)).isEqualTo(8090);
    }

    @Test
    void zeroBrokersOrInstancesAreRefused() {
        assertThatThrownBy(() -> LocalStack.Options.forTests().withKafkaBrokers(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalStack.Options.forTests().withInstances(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
