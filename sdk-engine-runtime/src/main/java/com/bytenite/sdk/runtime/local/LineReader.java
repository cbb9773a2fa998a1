package com.bytenite.sdk.runtime.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** Lines of a component's output, each cut at a maximum length so one endless line cannot fill memory. */
final class LineReader {
    private final BufferedReader in;
    private final int maxChars;

    LineReader(Reader in, int maxChars) {
        this.in = new BufferedReader(in, 8192);
        this.maxChars = maxChars;
    }

    /** The next line without its terminator ({@code \n} or {@code \r\n}), cut with {@code …}; null at the end. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean cut = false;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() < maxChars) {
                line.append((char) c);
            } else {
                cut = true;
            }
        }
        if (c < 0 && line.length() == 0 && !cut) {
            return null;
        }
        if (!cut && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        return cut ? line.append('…').toString() : line.toString();
    }
}
