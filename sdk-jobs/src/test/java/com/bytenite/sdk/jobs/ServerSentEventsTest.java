package com.bytenite.sdk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The event stream interpretation of the WHATWG HTML standard, line by line. */
class ServerSentEventsTest {
    /** An event as dispatched: its own id (or null), type and data. */
    private record Event(String id, String type, String data) {
    }

    private final List<Event> events = new ArrayList<>();

    private ServerSentEvents parse(String body) throws IOException {
        ServerSentEvents parser = new ServerSentEvents(new Buffer().writeUtf8(body));
        while (parser.next((id, type, data) -> events.add(new Event(id, type, data)))) {
            // one event per call
        }
        return parser;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void everyLineEndingWorks(String eol) throws IOException {
        parse("id: 1" + eol + "event: job" + eol + "data: a" + eol + "data: b" + eol + eol + "data: c" + eol + eol);
        assertThat(events).containsExactly(new Event("1", "job", "a\nb"), new Event(null, "message", "c"));
    }

    @Test
    void onlyTheEventsOwnIdIsReportedButTheLastIdIsKeptForResuming() throws IOException {
        ServerSentEvents parser = parse("id: 5\ndata: x\n\ndata: y\n\n");
        assertThat(events).extracting(Event::id).containsExactly("5", null);
        assertThat(parser.lastEventId()).isEqualTo("5");
    }

    @Test
    void commentsRetryAndUnknownFieldsAreIgnoredAndOneLeadingSpaceIsRemoved() throws IOException {
        parse(": keep-alive\nretry: 10\nfoo: bar\ndata:  two spaces\ndata\n\n");
        assertThat(events).containsExactly(new Event(null, "message", " two spaces\n"));
    }

    @Test
    void anEventWithoutDataIsNotDispatchedAndItsTypeIsForgotten() throws IOException {
        parse("event: ping\n\ndata: after\n\n");
        assertThat(events).containsExactly(new Event(null, "message", "after"));
    }

    @Test
    void anIdHoldingNulIsIgnoredAndAByteOrderMarkIsSkipped() throws IOException {
        ServerSentEvents parser = parse("\uFEFFid: ok\ndata: 1\n\nid: bad\0id\ndata: 2\n\n");
        assertThat(events).extracting(Event::id).containsExactly("ok", null);
        assertThat(parser.lastEventId()).isEqualTo("ok");
    }

    @Test
    void anUnfinishedLastEventIsDropped() throws IOException {
        parse("data: complete\n\ndata: cut off\n");
        assertThat(events).containsExactly(new Event(null, "message", "complete"));
    }
}
