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
        return firstName == null && lastName == null && userName == null && contactInfo.isEmpty();
    }
}
