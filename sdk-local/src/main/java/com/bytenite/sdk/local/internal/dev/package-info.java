/**
 * Not API: may change in any release. Local ByteNite's Dev API: pushed apps and engines (checked,
 * safely unpacked, installed per owner and tag) and templates.
 */
package com.bytenite.sdk.local.internal.dev;
