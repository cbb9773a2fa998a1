/**
 * Not API: the generated Auth client's wiring and operation names, for the SDK's own modules.
 * May change in any release.
 */
package com.bytenite.sdk.auth.internal;
