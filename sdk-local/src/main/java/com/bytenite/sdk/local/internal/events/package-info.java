/**
 * Not API: may change in any release. Local ByteNite's event streams: every job and task state
 * change, kept per job for streams that resume with {@code Last-Event-ID}.
 */
package com.bytenite.sdk.local.internal.events;
