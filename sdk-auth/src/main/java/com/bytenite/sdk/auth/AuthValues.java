package com.bytenite.sdk.auth;

import com.bytenite.sdk.auth.internal.GeneratedAuthApi;
import com.bytenite.sdk.auth.internal.generated.model.ApiKeyDto;
import com.bytenite.sdk.auth.internal.generated.model.ContactInfoDto;
import com.bytenite.sdk.auth.internal.generated.model.OnboardingAnswerDto;
import com.bytenite.sdk.auth.internal.generated.model.SecretDto;
import com.bytenite.sdk.auth.internal.generated.model.UpdateUserRequestDto;
import com.bytenite.sdk.auth.internal.generated.model.UserDto;
import com.bytenite.sdk.core.json.ByteNiteJson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the generated auth models into the facade's values, and requests into generated models. */
final class AuthValues {
    private static final Type FREE_FORM = new TypeToken<Map<String, Object>>() { }.getType();

    private AuthValues() {
    }

    static ApiKeyInfo apiKey(ApiKeyDto k) {
        return new ApiKeyInfo(k.getId(), k.getName(), ByteNiteJson.parseInstant(k.getIssuedAt(), "apiKeys[].issuedAt"),
                ByteNiteJson.parseInstant(k.getExpiresAt(), "apiKeys[].expiresAt"), k.getUserId(), Boolean.TRUE.equals(k.getRevoked()),
                k.getFingerprint());
    }

    static Secret secret(SecretDto s) {
        Map<String, String> params = new LinkedHashMap<>();
        if (s.getParams() != null) {
            s.getParams().forEach((k, v) -> {
                if (k != null && v != null) {
                    params.put(k, v);
                }
            });
        }
        return new Secret(s.getId(), s.getName(), s.getSecretType() == null ? null : SecretType.of(s.getSecretType()), s.getAccessKey(),
                ByteNiteJson.parseInstant(s.getExpiresAt(), "secrets[].expiresAt"), params);
    }

    static SecretDto wire(NewSecret s) {
        return new SecretDto()
                .id(s.id()).name(s.name().orElse(null)).secretType(s.type().raw()).accessKey(s.accessKey().orElse(null))
                .expiresAt(s.expiresAt().map(Instant::toString).orElse(null))
                .params(s.params().isEmpty() ? null : new LinkedHashMap<>(s.params()));
    }

    static User user(UserDto u) {
        List<OnboardingAnswer> answers = u.getOnboardingInfo() == null ? List.of() : u.getOnboardingInfo().stream()
                .map(a -> OnboardingAnswer.of(a.getStep(), json(a.getAnswer()))).toList();
        return new User(u.getId(), u.getEmail(), u.getDisplayName(), u.getFirstName(), u.getLastName(), u.getUserName(), u.getPhotoUrl(),
                u.getProviderId(), u.getEmailVerified(), u.getRole() == null ? null : UserRole.of(u.getRole()), json(u.getCustomClaims()),
                json(u.getSettings()), contact(u.getContactInfo()), u.getDisabled(), u.getIsOnboarded(), answers,
                ByteNiteJson.parseInstant(u.getCreatedAt(), "user.createdAt"), ByteNiteJson.parseInstant(u.getLastLogin(), "user.lastLogin"));
    }

    static UpdateUserRequestDto wire(UserUpdate update) {
        Map<String, String> c = update.contactInfo();
        ContactInfoDto contact = c.isEmpty() ? null : new ContactInfoDto().company(c.get("company")).jobTitle(c.get("jobTitle"))
                .phoneNumber(c.get("phoneNumber")).address1(c.get("address1")).address2(c.get("address2")).city(c.get("city"))
                .state(c.get("state")).zip(c.get("zip")).country(c.get("country"));
        List<OnboardingAnswerDto> answers = update.onboardingAnswers().isEmpty() ? null
                : update.onboardingAnswers().stream().map(a -> new OnboardingAnswerDto()
                        .step(a.step()).answer(ByteNiteJson.gson().<Map<String, Object>>fromJson(a.answer(), FREE_FORM))).toList();
        return new UpdateUserRequestDto().firstName(update.firstName().orElse(null)).lastName(update.lastName().orElse(null))
                .userName(update.userName().orElse(null)).contactInfo(contact).onboardingInfo(answers);
    }

    /** The documented contact fields, then any text field the server added, in that order. */
    private static Map<String, String> contact(ContactInfoDto c) {
        Map<String, String> m = new LinkedHashMap<>();
        if (c == null) {
            return m;
        }
        put(m, "company", c.getCompany());
        put(m, "jobTitle", c.getJobTitle());
        put(m, "phoneNumber", c.getPhoneNumber());
        put(m, "address1", c.getAddress1());
        put(m, "address2", c.getAddress2());
        put(m, "city", c.getCity());
        put(m, "state", c.getState());
        put(m, "zip", c.getZip());
        put(m, "country", c.getCountry());
        if (c.getAdditionalProperties() != null) {
            c.getAdditionalProperties().forEach((k, v) -> {
                if (v instanceof String text) {
                    m.putIfAbsent(k, text);
                }
            });
        }
        return m;
    }

    private static JsonObject json(Map<String, Object> map) {
        if (map == null) {
            return null;
        }
        JsonElement tree = GeneratedAuthApi.gson().toJsonTree(map);
        return tree.isJsonObject() ? tree.getAsJsonObject() : null;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
