/**
 * Not API: the generated Wallet client's wiring and operation names, for the SDK's own modules.
 * May change in any release.
 */
package com.bytenite.sdk.wallet.internal;
