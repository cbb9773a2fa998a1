package com.bytenite.sdk.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.errors.NotFoundException;
import com.bytenite.sdk.local.LocalByteNite;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls and token renewals against Local ByteNite, seen in Micrometer's test registry. */
class MicrometerTelemetryTest {
    private final TestObservationRegistry registry = TestObservationRegistry.create();
    /** Every observation stopped, in order: the test registry keeps its own list private. */
    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

    @BeforeEach
    void collect() {
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }
        });
    }

    @Test
    void callsAndTheTokenExchangeBecomeObservations() {
        try (LocalByteNite local = LocalByteNite.builder().start();
                ByteNiteClient client = ByteNiteClient.builder(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())
                        .telemetry(new MicrometerTelemetry(registry)).build()) {
            client.wallet().balance();
            assertThatThrownBy(() -> client.jobs().get("no-such-job")).isInstanceOf(NotFoundException.class);
        }

        Observation.Context balance = call("wallet.getBalance");
        assertThat(balance.getLowCardinalityKeyValue("status").getValue()).isEqualTo("200");
        assertThat(balance.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("SUCCESS");
        assertThat(balance.getHighCardinalityKeyValue("path").getValue()).isEqualTo("/v1/wallet/balance");
        Observation.Context missing = call("customer.getJob");
        assertThat(missing.getLowCardinalityKeyValue("status").getValue()).isEqualTo("404");
        assertThat(missing.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("ERROR");
        assertThat(missing.getError()).isInstanceOf(NotFoundException.class);

        TestObservationRegistryAssert.assertThat(registry)
                .hasObservationWithNameEqualTo(MicrometerTelemetry.TOKEN_RENEWAL).that()
                .hasBeenStarted().hasBeenStopped().hasLowCardinalityKeyValue("outcome", "SUCCESS");
        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo(MicrometerTelemetry.CALL, 3);
    }

    private Observation.Context call(String operation) {
        List<Observation.Context> found = stopped.stream()
                .filter(c -> MicrometerTelemetry.CALL.equals(c.getName()))
                .filter(c -> operation.equals(c.getLowCardinalityKeyValue("operation").getValue()))
                .toList();
        assertThat(found).as("observations of %s", operation).hasSize(1);
        return found.get(0);
    }
}
