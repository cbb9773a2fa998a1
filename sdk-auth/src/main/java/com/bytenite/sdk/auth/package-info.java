/**
 * The Auth API: access tokens, API keys, secrets and the user
 * ({@link com.bytenite.sdk.auth.AuthService}). Secret keys are write-only: they are sent once and
 * never kept, logged or printed by these types.
 */
package com.bytenite.sdk.auth;
