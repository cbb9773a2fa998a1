package com.bytenite.sdk.jobs;

import java.io.IOException;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Parses a {@code text/event-stream} body as the WHATWG HTML standard's "event stream
 * interpretation" says: lines end with CRLF, LF or CR; {@code data} lines accumulate; {@code event}
 * names the type; {@code id} sets the last event id (ignored when it holds NUL); {@code retry} and
 * unknown fields are ignored; a line starting with {@code :} is a comment; an empty line
 * dispatches the event, unless it has no data. Written here because okhttp-sse 4.x offers its
 * parser only as an internal class.
 */
final class ServerSentEvents {
    private static final ByteString LINE_END = ByteString.encodeUtf8("\r\n");
    private static final ByteString BOM = ByteString.decodeHex("efbbbf");

    /** Receives each dispatched event. */
    interface Handler {
        /**
         * @param id the id this event's own {@code id} field set, or null when it had none (the
         *     stream's last event id then still holds the id of an earlier event)
         */
        void onEvent(String id, String type, String data);
    }

    private final BufferedSource source;
    private final StringBuilder data = new StringBuilder();
    private String type = "";
    private String idOfThisEvent;
    private String lastEventId;
    private boolean started;
    /** The last line ended with CR: an LF right after it belongs to the same line end. */
    private boolean afterCr;

    ServerSentEvents(BufferedSource source) {
        this.source = source;
    }

    /** The stream's last event id, for {@code Last-Event-ID} on reconnection; null before any. */
    String lastEventId() {
        return lastEventId;
    }

    /**
     * Reads lines until one event is dispatched to {@code handler} or the stream ends.
     *
     * @return false at the end of the stream (an incomplete last event is discarded, as the
     *     standard says)
     */
    boolean next(Handler handler) throws IOException {
        if (!started) {
            started = true;
            if (source.rangeEquals(0, BOM)) {
                source.skip(BOM.size());
            }
        }
        String line;
        while ((line = readLine()) != null) {
            if (line.isEmpty()) {
                if (dispatch(handler)) {
                    return true;
                }
            } else if (!line.startsWith(":")) {
                field(line);
            }
        }
        return false;
    }

    private boolean dispatch(Handler handler) {
        String id = idOfThisEvent;
        idOfThisEvent = null;
        if (data.length() == 0) {
            type = "";
            return false;
        }
        String text = data.substring(0, data.length() - 1);
        String eventType = type.isEmpty() ? "message" : type;
        data.setLength(0);
        type = "";
        handler.onEvent(id, eventType, text);
        return true;
    }

    private void field(String line) {
        int colon = line.indexOf(':');
        String name = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (name) {
            case "data" -> data.append(value).append('\n');
            case "event" -> type = value;
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastEventId = value;
                    idOfThisEvent = value;
                }
            }
            default -> {
                // "retry" and unknown fields: the SDK's own reconnection backoff applies.
            }
        }
    }

    /**
     * The next line without its end (CRLF, LF or CR), or null at the end of the stream (an
     * unterminated last line is dropped). Never waits for the byte after a CR: the server may
     * send nothing more for a while, and the line must count at once.
     */
    private String readLine() throws IOException {
        long end = source.indexOfElement(LINE_END);
        if (end < 0) {
            return null;
        }
        if (afterCr && end == 0 && source.getBuffer().getByte(0) == '\n') {
            afterCr = false;
            source.skip(1);
            return readLine();
        }
        String line = source.readUtf8(end);
        afterCr = source.readByte() == '\r';
        return line;
    }
}
