package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.testing.TestServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.testing.EveryField;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** GET and PATCH /user. */
class UserTest extends AuthServiceTestBase {

    /** Every field of the docs' user example, which both GET and PATCH answer with. */
    private static void assertDocsUser(User u) {
        assertThat(u.id()).isEqualTo("acc2e66f-fa31-4e73-9c49-eedee36fcf32");
        assertThat(u.createdAt()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(u.lastLogin()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(u.displayName()).isEqualTo("John Doe");
        assertThat(u.email()).isEqualTo("john@example.com");
        assertThat(u.settings()).isEqualTo(new JsonObject());
        assertThat(u.photoUrl()).isEqualTo("https://example.com/photo.jpg");
        assertThat(u.providerId()).isEqualTo("google");
        assertThat(u.emailVerified()).isTrue();
        assertThat(u.customClaims().get("role").getAsString()).isEqualTo("admin");
        assertThat(u.role()).isEqualTo(UserRole.NONE);
        assertThat(u.firstName()).isEqualTo("John");
        assertThat(u.lastName()).isEqualTo("Doe");
        assertThat(u.contactInfo()).containsExactlyInAnyOrderEntriesOf(Map.of("company", "ByteNite", "jobTitle", "Software Engineer",
                "phoneNumber", "1234567890", "address1", "1234 Main St", "address2", "Apt 123", "city", "San Francisco", "state", "CA",
                "zip", "94107", "country", "United States"));
        assertThat(u.disabled()).isFalse();
        assertThat(u.onboarded()).isTrue();
        assertThat(u.onboardingInfo()).containsExactly(new OnboardingAnswer(1, new JsonObject()));
        assertThat(u.userName()).isEqualTo("johndoe");
        EveryField.assertSet(u);
    }

    @Test
    void getReadsEveryFieldOfTheDocsExample() throws Exception {
        server.enqueue(json(200, docs.responseExample("GET /user")));
        User u = auth.user().get();
        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getPath()).isEqualTo("/v1/auth/user");
        assertDocsUser(u);
    }

    @Test
    void updateSendsTheDocsRequestExampleAndReadsTheAnswer() throws Exception {
        server.enqueue(json(200, docs.responseExample("PATCH /user")));
        User updated = auth.user().update(UserUpdate.builder().firstName("John").lastName("Doe").userName("johndoe")
                .contact("company", "ByteNite").contact("jobTitle", "Software Engineer").contact("phoneNumber", "1234567890")
                .contact("address1", "1234 Main St").contact("address2", "Apt 123").contact("city", "San Francisco")
                .contact("state", "CA").contact("zip", "94107").contact("country", "United States")
                .onboardingAnswer(1, Map.of()).build());

        RecordedRequest r = Recorded.apiCall(server);
        assertThat(r.getMethod()).isEqualTo("PATCH");
        assertThat(r.getPath()).isEqualTo("/v1/auth/user");
        assertThat(Recorded.jsonBody(r)).as("the docs' request example, field for field").isEqualTo(docs.requestExample("PATCH /user"));
        assertDocsUser(updated);
    }

    @Test
    void anUpdateSendsOnlyWhatIsSetWithAnswersExact() throws Exception {
        server.enqueue(json(200, "{\"user\":{\"id\":\"u1\",\"city\":\"ignored\"}}"));
        JsonObject answer = new JsonObject();
        answer.addProperty("teamSize", new java.math.BigDecimal("9007199254740993"));
        auth.user().update(UserUpdate.builder().contact("city", "Rome").onboardingAnswer(3, answer).build());
        assertThat(Recorded.apiCall(server).getBody().readUtf8())
                .isEqualTo("{\"contactInfo\":{\"city\":\"Rome\"},\"onboardingInfo\":[{\"step\":3,\"answer\":{\"teamSize\":9007199254740993}}]}");
    }

    @Test
    void unknownRolesAndContactFieldsKeepTheirRawValues() throws Exception {
        server.enqueue(json(200, "{\"user\":{\"id\":\"u1\",\"role\":\"ROLE_AUDITOR\",\"contactInfo\":{\"city\":\"Rome\",\"fax\":\"06 1234\"}}}"));
        User u = auth.user().get();
        assertThat(u.role().raw()).isEqualTo("ROLE_AUDITOR");
        assertThat(u.role().isKnown()).isFalse();
        assertThat(u.contactInfo()).containsEntry("city", "Rome").containsEntry("fax", "06 1234");
        assertThat(u.email()).isNull();
        assertThat(u.onboardingInfo()).isEmpty();
        assertThat(u.settings().size()).isZero();
        Recorded.apiCall(server);
    }

    @Test
    void anAnswerWithoutAUserIsMalformed() {
        server.enqueue(json(200, "{\"profile\":{}}"));
        assertThatThrownBy(() -> auth.user().get()).isInstanceOfSatisfying(MalformedResponseException.class,
                e -> assertThat(e.getMessage()).contains("auth.getUser"));
    }
}
