/**
 * Not API: may change in any release. Local ByteNite's Auth API: API keys, the tokens they obtain
 * (ended when the key is revoked), secrets and the account.
 */
package com.bytenite.sdk.local.internal.auth;
