/**
 * Example components built on the engine runtime: an app, a fan-out partitioner and a zip
 * assembler, each a {@code main} as a ByteNite container would start it.
 */
package com.bytenite.examples.runtime;
