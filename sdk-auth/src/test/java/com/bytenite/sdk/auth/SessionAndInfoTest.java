package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.bytenite.sdk.core.ServerInfo;
import com.bytenite.sdk.core.testing.EveryField;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** POST /signout, GET /skip and GET /info. */
class SessionAndInfoTest extends AuthServiceTestBase {

    @Test
    void signOutPostsTheDocsEmptyObject() throws Exception {
        server.enqueue(json(200, "{\"ok\":true}"));
        auth.signOut();
        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getPath()).isEqualTo("/v1/auth/signout");
        assertThat(Recorded.jsonBody(r)).isEqualTo(docs.requestExample("POST /signout"));
    }

    @Test
    void skipLoginReadsEveryFieldOfTheDocsExample() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /skip")));
        SkipLogin skip = auth.skipLogin();
        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getPath()).isEqualTo("/v1/auth/skip");
        assertThat(skip.skip()).isTrue();
        assertThat(skip.redirectTo()).isEqualTo("text");
        EveryField.assertSet(skip);
    }

    @Test
    void anEmptySkipAnswerMeansNoSkip() throws Exception {
        server.enqueue(json(200, "{}"));
        assertThat(auth.skipLogin()).isEqualTo(new SkipLogin(false, null));
        Recorded.apiCall(server);
    }

    @Test
    void infoReadsTheDocsVersionAndKeepsMessages() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /info")));
        server.enqueue(json(200, "{\"version\":{\"major\":\"2\",\"minor\":3,\"tag\":14},\"messages\":{\"deprecation\":\"v0 is gone\"}}"));
        ServerInfo info = auth.info();
        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getPath()).isEqualTo("/v1/auth/info");
        assertThat(info.major()).isEqualTo(1);
        assertThat(info.minor()).isZero();
        assertThat(info.tag()).isZero();
        assertThat(info.version()).isEqualTo("1.0.0");
        assertThat(info.messages()).isEmpty();

        ServerInfo later = auth.info();
        assertThat(later.version()).isEqualTo("2.3.14");
        assertThat(later.messages()).isEqualTo(Map.of("deprecation", "v0 is gone"));
    }
}
