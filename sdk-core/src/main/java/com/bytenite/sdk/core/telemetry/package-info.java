/**
 * Metrics and tracing hooks: {@link com.bytenite.sdk.core.telemetry.TelemetryListener} and the
 * events it receives. No telemetry library is needed here; optional modules bind it to Micrometer
 * and OpenTelemetry.
 */
package com.bytenite.sdk.core.telemetry;
