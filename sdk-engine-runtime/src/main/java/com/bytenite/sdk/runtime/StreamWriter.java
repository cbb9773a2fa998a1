package com.bytenite.sdk.runtime;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a result, chunk or output to the stream it is handed; the stream is closed for you. */
@FunctionalInterface
public interface StreamWriter {
    /**
     * Writes the content; the file appears under its name only if this returns normally.
     *
     * @param out the stream to write to; it is closed for you
     * @throws IOException if writing fails; the partial file is removed
     */
    void write(OutputStream out) throws IOException;
}
