package com.bytenite.sdk.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The profile fields to change ({@code PATCH /user}); fields left unset are not sent. Contact
 * fields: company, jobTitle, phoneNumber, address1, address2, city, state, zip, country.
 */
public final class UserUpdate {
    static final Set<String> CONTACT_FIELDS = Set.of("company", "jobTitle", "phoneNumber", "address1", "address2", "city", "state",
            "zip", "country");

    private String firstName;
    private String lastName;
    private String userName;
    private final Map<String, String> contactInfo = new LinkedHashMap<>();
    private final Map<Integer, Map<String, Object>> onboarding = new LinkedHashMap<>();

    public UserUpdate firstName(String firstName) {
        this.firstName = Objects.requireNonNull(firstName, "firstName must not be null");
        return this;
    }

    public UserUpdate lastName(String lastName) {
        this.lastName = Objects.requireNonNull(lastName, "lastName must not be null");
        return this;
    }

    public UserUpdate userName(String userName) {
        this.userName = Objects.requireNonNull(userName, "userName must not be null");
        return this;
    }

    /**
     * @throws IllegalArgumentException for a field name that is not a contact field
     */
    public UserUpdate contact(String field, String value) {
        if (!CONTACT_FIELDS.contains(field)) {
            throw new IllegalArgumentException("contact field: expected one of " + CONTACT_FIELDS + " but was '" + field + "'");
        }
        contactInfo.put(field, Objects.requireNonNull(value, field + " must not be null"));
        return this;
    }

    /**
     * Records the answer to one onboarding step (the web app's sign-up questions; the steps and
     * answer shapes are not documented).
     *
     * @throws IllegalArgumentException for a step below 1
     */
    public UserUpdate onboardingAnswer(int step, Map<String, Object> answer) {
        if (step < 1) {
            throw new IllegalArgumentException("onboarding step: expected 1 or more but was " + step);
        }
        onboarding.put(step, Map.copyOf(Objects.requireNonNull(answer, "answer must not be null")));
        return this;
    }

    Map<Integer, Map<String, Object>> onboarding() {
        return Map.copyOf(onboarding);
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String userName() {
        return userName;
    }

    Map<String, String> contactInfo() {
        return Map.copyOf(contactInfo);
    }

    boolean isEmpty() {
        return firstName == null && lastName == null && userName == null && contactInfo.isEmpty() && onboarding.isEmpty();
    }
}
