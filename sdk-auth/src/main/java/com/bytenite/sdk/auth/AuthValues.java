package com.bytenite.sdk.auth;

import com.bytenite.sdk.auth.internal.generated.model.AccessTokenResponse;
import com.bytenite.sdk.auth.internal.generated.model.ApiKey;
import com.bytenite.sdk.auth.internal.generated.model.ContactInfo;
import com.bytenite.sdk.auth.internal.generated.model.OnboardingAnswer;
import com.bytenite.sdk.core.json.ByteNiteJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the generated auth models into the facade's values. */
final class AuthValues {
    private AuthValues() {
    }

    static AccessTokenGrant grant(AccessTokenResponse r) {
        Long seconds = ByteNiteJson.parseInt64(r.getExpiresIn(), "expiresIn");
        return new AccessTokenGrant(r.getToken(), seconds == null ? null : Duration.ofSeconds(seconds), r.getScope());
    }

    static ApiKeyInfo apiKey(ApiKey k) {
        return new ApiKeyInfo(k.getId(), k.getName(), ByteNiteJson.parseInstant(k.getIssuedAt(), "apiKeys[].issuedAt"),
                ByteNiteJson.parseInstant(k.getExpiresAt(), "apiKeys[].expiresAt"), k.getUserId(), Boolean.TRUE.equals(k.getRevoked()),
                k.getFingerprint());
    }

    static Secret secret(com.bytenite.sdk.auth.internal.generated.model.Secret s) {
        return new Secret(s.getId(), s.getName(), s.getSecretType() == null ? null : SecretType.of(s.getSecretType()), s.getAccessKey(),
                ByteNiteJson.parseInstant(s.getExpiresAt(), "secrets[].expiresAt"), s.getParams());
    }

    static User user(com.bytenite.sdk.auth.internal.generated.model.User u) {
        return new User(u.getId(), u.getDisplayName(), u.getEmail(), u.getFirstName(), u.getLastName(), u.getUserName(), u.getRole(),
                u.getEmailVerified(), ByteNiteJson.parseInstant(u.getCreatedAt(), "user.createdAt"),
                ByteNiteJson.parseInstant(u.getLastLogin(), "user.lastLogin"), contact(u.getContactInfo()));
    }

    private static Map<String, String> contact(ContactInfo c) {
        Map<String, String> m = new LinkedHashMap<>();
        if (c != null) {
            put(m, "company", c.getCompany());
            put(m, "jobTitle", c.getJobTitle());
            put(m, "phoneNumber", c.getPhoneNumber());
            put(m, "address1", c.getAddress1());
            put(m, "address2", c.getAddress2());
            put(m, "city", c.getCity());
            put(m, "state", c.getState());
            put(m, "zip", c.getZip());
            put(m, "country", c.getCountry());
        }
        return m;
    }

    static ContactInfo contactInfo(Map<String, String> m) {
        if (m.isEmpty()) {
            return null;
        }
        return new ContactInfo().company(m.get("company")).jobTitle(m.get("jobTitle")).phoneNumber(m.get("phoneNumber"))
                .address1(m.get("address1")).address2(m.get("address2")).city(m.get("city")).state(m.get("state")).zip(m.get("zip"))
                .country(m.get("country"));
    }

    static List<OnboardingAnswer> onboarding(Map<Integer, Map<String, Object>> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        List<OnboardingAnswer> out = new ArrayList<>();
        answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.add(new OnboardingAnswer().step(e.getKey()).answer(new LinkedHashMap<>(e.getValue()))));
        return out;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
