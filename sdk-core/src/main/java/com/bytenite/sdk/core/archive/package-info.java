/**
 * Safe unpacking of component archives, shared by the SDK's pulls and Local ByteNite's pushes:
 * {@link com.bytenite.sdk.core.archive.SafeUnzip} within {@link com.bytenite.sdk.core.archive.ArchiveLimits}.
 */
package com.bytenite.sdk.core.archive;
