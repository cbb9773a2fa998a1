/**
 * Not API: the generated Customer client's wiring and operation names, for the SDK's own
 * modules. May change in any release.
 */
package com.bytenite.sdk.jobs.internal;
