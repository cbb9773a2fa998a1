package com.bytenite.sdk.wallet;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * Copies the CSV out of a {@code GET /transactions/csv} answer without holding it in memory. The
 * reference wraps the CSV in JSON ({@code {"csv": "…"}}); the string is decoded as it is read and
 * written straight to the destination. An answer that is not JSON (a server sending
 * {@code text/csv}) is copied as it is.
 */
final class CsvStream {
    private final Reader in;
    private int peeked = -2;

    private CsvStream(Reader in) {
        this.in = in;
    }

    /** @return the number of characters written */
    static long copy(Reader body, boolean json, Writer out) throws IOException {
        return json ? new CsvStream(body).extract(out) : body.transferTo(out);
    }

    private long extract(Writer out) throws IOException {
        expect('{');
        if (skipSpace() == '}') {
            throw malformed("the answer has no csv field");
        }
        while (true) {
            String name = readString();
            expect(':');
            if (name.equals("csv") && skipSpace() == '"') {
                read();
                return decodeString(out);
            }
            skipValue();
            int next = skipSpace();
            read();
            if (next == '}') {
                throw malformed("the answer has no csv field");
            }
            if (next != ',') {
                throw malformed("expected ',' or '}' but found '" + (char) next + "'");
            }
        }
    }

    /** Decodes a JSON string's content up to its closing quote (the opening one is consumed). */
    private long decodeString(Writer out) throws IOException {
        long n = 0;
        while (true) {
            int c = read();
            if (c == -1) {
                throw malformed("the answer ended inside a string");
            }
            if (c == '"') {
                return n;
            }
            if (c == '\\') {
                c = escape();
            }
            if (out != null) {
                out.write(c);
            }
            n++;
        }
    }

    private int escape() throws IOException {
        int c = read();
        switch (c) {
            case '"', '\\', '/' -> {
                return c;
            }
            case 'b' -> {
                return '\b';
            }
            case 'f' -> {
                return '\f';
            }
            case 'n' -> {
                return '\n';
            }
            case 'r' -> {
                return '\r';
            }
            case 't' -> {
                return '\t';
            }
            case 'u' -> {
                char[] hex = new char[4];
                for (int i = 0; i < 4; i++) {
                    int h = read();
                    if (h == -1) {
                        throw malformed("the answer ended inside a \\u escape");
                    }
                    hex[i] = (char) h;
                }
                try {
                    return Integer.parseInt(new String(hex), 16);
                } catch (NumberFormatException e) {
                    throw malformed("bad \\u escape \\u" + new String(hex));
                }
            }
            default -> throw malformed("bad escape \\" + (char) c);
        }
    }

    private String readString() throws IOException {
        expect('"');
        java.io.StringWriter name = new java.io.StringWriter();
        decodeString(name);
        return name.toString();
    }

    /** Skips one value of any kind: nested objects and arrays are tracked by depth. */
    private void skipValue() throws IOException {
        int depth = 0;
        do {
            int c = skipSpace();
            if (c == -1) {
                throw malformed("the answer ended inside a value");
            }
            read();
            if (c == '"') {
                decodeString(null);
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' || c == ':') {
                continue;
            } else {
                while (peek() != -1 && ",}] \t\r\n".indexOf(peek()) < 0) {
                    read();
                }
            }
        } while (depth > 0);
    }

    private void expect(char wanted) throws IOException {
        int c = skipSpace();
        if (c != wanted) {
            throw malformed("expected '" + wanted + "' but found " + (c == -1 ? "the end" : "'" + (char) c + "'"));
        }
        read();
    }

    private int skipSpace() throws IOException {
        while (Character.isWhitespace(peek())) {
            read();
        }
        return peek();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        return c;
    }

    private static IOException malformed(String what) {
        return new IOException("unreadable transactions CSV answer: " + what);
    }
}
