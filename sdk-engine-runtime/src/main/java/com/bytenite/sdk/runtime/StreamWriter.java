package com.bytenite.sdk.runtime;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a result, chunk or output to the stream it is handed; the stream is closed for you. */
@FunctionalInterface
public interface StreamWriter {
    void write(OutputStream out) throws IOException;
}
