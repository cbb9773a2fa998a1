/**
 * Runs a partitioner, its app tasks and an assembler on this machine with the real folder layout
 * ({@link com.bytenite.sdk.runtime.local.LocalPipeline}), in process or as commands: for tests of
 * components, without a server.
 */
package com.bytenite.sdk.runtime.local;
