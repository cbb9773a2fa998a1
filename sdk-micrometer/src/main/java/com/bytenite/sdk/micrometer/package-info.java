/** Binds the SDK's telemetry to Micrometer's Observation API: {@link com.bytenite.sdk.micrometer.MicrometerTelemetry}. */
package com.bytenite.sdk.micrometer;
