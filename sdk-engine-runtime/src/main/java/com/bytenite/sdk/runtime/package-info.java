/**
 * Write ByteNite apps, partitioners and assemblers in Java: the container contract's folders,
 * params, caches and secrets as typed contexts ({@link com.bytenite.sdk.runtime.AppContext},
 * {@link com.bytenite.sdk.runtime.PartitionerContext}, {@link com.bytenite.sdk.runtime.AssemblerContext}),
 * and {@link com.bytenite.sdk.runtime.Run} to start one as a container's {@code main}. Files written
 * through a context appear only once complete.
 */
package com.bytenite.sdk.runtime;
