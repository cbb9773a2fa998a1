package com.bytenite.sdk.auth;

import java.time.Instant;
import java.util.Map;

/**
 * The signed-in user's profile. Which fields the server fills depends on how the account was
 * created (not documented); absent ones are null.
 *
 * @param role as sent, such as {@code ROLE_NONE}
 * @param contactInfo company, jobTitle, phoneNumber, address1, address2, city, state, zip, country (those present)
 */
public record User(String id, String displayName, String email, String firstName, String lastName, String userName, String role,
        Boolean emailVerified, Instant createdAt, Instant lastLogin, Map<String, String> contactInfo) {
    public User {
        contactInfo = contactInfo == null ? Map.of() : Map.copyOf(contactInfo);
    }
}
