/**
 * Not API: may change in any release. Local ByteNite's Wallet API: a ledger of credits per
 * account, debited for each ended job at a made-up local price per chunk and per second (so jobs
 * visibly cost something; not ByteNite's pricing).
 */
package com.bytenite.sdk.local.internal.wallet;
