/** Binds the SDK's telemetry to OpenTelemetry tracing: {@link com.bytenite.sdk.opentelemetry.OpenTelemetryTracing}. */
package com.bytenite.sdk.opentelemetry;
