package com.bytenite.sdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.errors.NotFoundException;
import com.bytenite.sdk.jobs.DataDestination;
import com.bytenite.sdk.jobs.DataSource;
import com.bytenite.sdk.local.LocalByteNite;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Calls and the token exchange against Local ByteNite, exported to OpenTelemetry's in-memory exporter. */
class OpenTelemetryTracingTest {
    @RegisterExtension
    static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

    @Test
    void callsBecomeClientSpansUnderTheCallersSpan() {
        Span parent = OTEL.getOpenTelemetry().getTracer("test").spanBuilder("order-report").startSpan();
        String apiKey = "otel-canary-key-5e1f";
        try (LocalByteNite local = LocalByteNite.builder().apiKey(apiKey).start();
                ByteNiteClient client = ByteNiteClient.builder(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())
                        .telemetry(new OpenTelemetryTracing(OTEL.getOpenTelemetry())).build();
                Scope ignored = parent.makeCurrent()) {
            client.wallet().balance();
            assertThatThrownBy(() -> client.jobs().get("no-such-job")).isInstanceOf(NotFoundException.class);
        } finally {
            parent.end();
        }

        SpanData balance = span("wallet.getBalance");
        assertThat(balance.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(balance.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
        assertThat(balance.getAttributes().get(OpenTelemetryTracing.STATUS)).isEqualTo(200L);
        assertThat(balance.getAttributes().get(OpenTelemetryTracing.PATH)).isEqualTo("/v1/wallet/balance");
        assertThat(balance.getAttributes().get(OpenTelemetryTracing.ATTEMPTS)).isEqualTo(1L);
        assertThat(balance.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        SpanData missing = span("customer.getJob");
        assertThat(missing.getAttributes().get(OpenTelemetryTracing.STATUS)).isEqualTo(404L);
        assertThat(missing.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(missing.getEvents()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("exception"));

        SpanData renewal = span(OpenTelemetryTracing.TOKEN_RENEWAL);
        assertThat(renewal.getEndEpochNanos()).isGreaterThanOrEqualTo(renewal.getStartEpochNanos());
        assertThat(OTEL.getSpans().toString()).doesNotContain(apiKey);
    }

    @Test
    void uploadsAndDownloadsBecomeTransferSpansWithTheirBytes(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("in.txt"), "traced bytes");
        try (LocalByteNite local = LocalByteNite.builder().start();
                ByteNiteClient client = ByteNiteClient.builder(ByteNiteConfig.builder().baseUrl(local.baseUrl()).apiKey(local.apiKey()).build())
                        .telemetry(new OpenTelemetryTracing(OTEL.getOpenTelemetry())).build()) {
            client.jobs().create("echo-passthrough").source(DataSource.upload(input)).destination(DataDestination.temporaryBucket())
                    .submit().awaitCompletion(Duration.ofSeconds(30)).downloadResults(dir.resolve("out"));
        }
        List<SpanData> transfers = OTEL.getSpans().stream().filter(s -> s.getName().equals(OpenTelemetryTracing.TRANSFER)).toList();
        assertThat(transfers).extracting(s -> s.getAttributes().get(OpenTelemetryTracing.DIRECTION)).containsExactly("UPLOAD", "DOWNLOAD");
        assertThat(transfers).extracting(s -> s.getAttributes().get(OpenTelemetryTracing.BYTES)).containsExactly(12L, 12L);
        assertThat(transfers).allSatisfy(s -> assertThat(s.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET));
    }

    private static SpanData span(String name) {
        List<SpanData> found = OTEL.getSpans().stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(found).as("spans named %s", name).hasSize(1);
        return found.get(0);
    }
}
