package com.bytenite.sdk.auth;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The signed-in user's profile ({@link UserService#get()}). Which fields the server fills depends
 * on how the account was created, which the docs do not say; any field it leaves out is null
 * (maps and lists are then empty, JSON objects {@code {}}).
 *
 * @param id the user id
 * @param email the e-mail address
 * @param displayName the display name
 * @param firstName first name
 * @param lastName last name
 * @param userName user name (back-filled for older accounts, per the changelog)
 * @param photoUrl URL of the profile picture
 * @param providerId the identity provider used to sign in, such as {@code google}
 * @param emailVerified whether the e-mail address is verified
 * @param role the role; an undocumented value keeps its raw text
 * @param customClaims custom claims of the identity, free-form (e.g. {@code {"role": "admin"}}); a copy on every read
 * @param settings user settings, free-form (keys not documented); a copy on every read
 * @param contactInfo contact fields by their wire names: company, jobTitle, phoneNumber, address1,
 *     address2, city, state, zip, country, plus any text field the server adds; only those present
 * @param disabled whether the account is disabled
 * @param onboarded whether the user completed onboarding ({@code isOnboarded})
 * @param onboardingInfo the answers given during onboarding
 * @param createdAt when the account was created
 * @param lastLogin the last login
 */
public record User(String id, String email, String displayName, String firstName, String lastName, String userName, String photoUrl,
        String providerId, Boolean emailVerified, UserRole role, JsonObject customClaims, JsonObject settings,
        Map<String, String> contactInfo, Boolean disabled, Boolean onboarded, List<OnboardingAnswer> onboardingInfo, Instant createdAt,
        Instant lastLogin) {
    /**
     * Copies every collection and JSON object; nulls become empty. Any other argument may be null.
     *
     * @param id the user id
     * @param email the e-mail address
     * @param displayName the display name
     * @param firstName first name
     * @param lastName last name
     * @param userName user name
     * @param photoUrl URL of the profile picture
     * @param providerId the identity provider used to sign in
     * @param emailVerified whether the e-mail address is verified
     * @param role the role
     * @param customClaims custom claims of the identity; copied, null becomes {@code {}}
     * @param settings user settings; copied, null becomes {@code {}}
     * @param contactInfo contact fields by wire name; copied, null becomes empty (a null key or value throws
     *     {@code NullPointerException})
     * @param disabled whether the account is disabled
     * @param onboarded whether the user completed onboarding
     * @param onboardingInfo the onboarding answers; copied, null becomes empty (a null element throws
     *     {@code NullPointerException})
     * @param createdAt when the account was created
     * @param lastLogin the last login
     */
    public User {
        customClaims = customClaims == null ? new JsonObject() : customClaims.deepCopy();
        settings = settings == null ? new JsonObject() : settings.deepCopy();
        contactInfo = contactInfo == null ? Map.of() : Map.copyOf(contactInfo);
        onboardingInfo = onboardingInfo == null ? List.of() : List.copyOf(onboardingInfo);
    }

    /**
     * A copy: changing it does not change this value.
     *
     * @return a copy of the custom claims, {@code {}} when the server sent none
     */
    @Override
    public JsonObject customClaims() {
        return customClaims.deepCopy();
    }

    /**
     * A copy: changing it does not change this value.
     *
     * @return a copy of the settings, {@code {}} when the server sent none
     */
    @Override
    public JsonObject settings() {
        return settings.deepCopy();
    }
}
