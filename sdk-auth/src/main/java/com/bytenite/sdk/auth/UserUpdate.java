package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.http.Arguments.requireText;

import com.bytenite.sdk.core.json.ByteNiteJson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The profile fields to change with {@link UserService#update(UserUpdate)} ({@code PATCH /user}):
 * first and last name, user name, contact fields and onboarding answers. Only the fields set are
 * sent. Whether the server keeps or clears the fields left out is not documented; the SDK never
 * sends a field you did not set, and does not support clearing one (an empty value is refused).
 *
 * <pre>{@code
 * auth.user().update(UserUpdate.builder().firstName("John").contact("city", "San Francisco").build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UserUpdate {
    /** The contact fields the reference documents, by their wire names. */
    public static final Set<String> CONTACT_FIELDS = Set.of("company", "jobTitle", "phoneNumber", "address1", "address2", "city",
            "state", "zip", "country");

    private final String firstName;
    private final String lastName;
    private final String userName;
    private final Map<String, String> contactInfo;
    private final Map<Integer, JsonObject> onboarding;

    private UserUpdate(Builder b) {
        this.firstName = b.firstName;
        this.lastName = b.lastName;
        this.userName = b.userName;
        this.contactInfo = Map.copyOf(b.contactInfo);
        Map<Integer, JsonObject> answers = new TreeMap<>();
        b.onboarding.forEach((step, answer) -> answers.put(step, answer.deepCopy()));
        this.onboarding = answers;
    }

    /**
     * Starts an update that sets nothing yet.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The first name to set, if any.
     *
     * @return the first name, empty when not set
     */
    public Optional<String> firstName() {
        return Optional.ofNullable(firstName);
    }

    /**
     * The last name to set, if any.
     *
     * @return the last name, empty when not set
     */
    public Optional<String> lastName() {
        return Optional.ofNullable(lastName);
    }

    /**
     * The user name to set, if any.
     *
     * @return the user name, empty when not set
     */
    public Optional<String> userName() {
        return Optional.ofNullable(userName);
    }

    /**
     * The contact fields to set, by wire name.
     *
     * @return an immutable map, empty when none is set
     */
    public Map<String, String> contactInfo() {
        return contactInfo;
    }

    /**
     * The onboarding answers to send, by step, in step order.
     *
     * @return a new list on every call, empty when none is set
     */
    public List<OnboardingAnswer> onboardingAnswers() {
        return onboarding.entrySet().stream().map(e -> new OnboardingAnswer(e.getKey(), e.getValue())).toList();
    }

    @Override
    public String toString() {
        return "UserUpdate{firstName=" + firstName + ", lastName=" + lastName + ", userName=" + userName + ", contactInfo=" + contactInfo
                + ", onboardingSteps=" + onboarding.keySet() + '}';
    }

    /** Builds a {@link UserUpdate}; every setter checks its argument at once, naming the field. */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String userName;
        private final Map<String, String> contactInfo = new LinkedHashMap<>();
        private final Map<Integer, JsonObject> onboarding = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The first name.
         *
         * @param firstName the first name to set
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder firstName(String firstName) {
            this.firstName = requireText("firstName", firstName);
            return this;
        }

        /**
         * The last name.
         *
         * @param lastName the last name to set
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder lastName(String lastName) {
            this.lastName = requireText("lastName", lastName);
            return this;
        }

        /**
         * The user name. Whether the server requires it to be unique, and what it answers when it
         * is taken, is not documented.
         *
         * @param userName the user name to set
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder userName(String userName) {
            this.userName = requireText("userName", userName);
            return this;
        }

        /**
         * Sets one contact field.
         *
         * @param field one of {@link #CONTACT_FIELDS}, such as {@code city} or {@code zip}
         * @param value the field's new value
         * @return this builder
         * @throws NullPointerException if {@code field} or {@code value} is null
         * @throws IllegalArgumentException for another field name, or a blank value (naming the field)
         */
        public Builder contact(String field, String value) {
            Objects.requireNonNull(field, "contact field must not be null");
            if (!CONTACT_FIELDS.contains(field)) {
                throw new IllegalArgumentException("contactInfo: expected a field among " + new TreeSet<>(CONTACT_FIELDS)
                        + " but was '" + field + "'");
            }
            contactInfo.put(field, requireText("contactInfo." + field, value));
            return this;
        }

        /**
         * Records the answer to one onboarding step; a second answer to the same step replaces the
         * first. The steps and the answers' shape are not documented (the reference sends
         * {@code {"step": 1, "answer": {}}}); the answer is sent as JSON, numbers exactly as given.
         *
         * @param step the step's number, 1 or more
         * @param answer the answer, converted to a JSON object when this is called
         * @return this builder
         * @throws IllegalArgumentException if {@code step} is below 1
         * @throws NullPointerException if {@code answer} is null
         */
        public Builder onboardingAnswer(int step, Map<String, ?> answer) {
            Objects.requireNonNull(answer, "onboardingInfo.answer must not be null");
            return onboardingAnswer(step, ByteNiteJson.gson().toJsonTree(answer).getAsJsonObject());
        }

        /**
         * Like {@link #onboardingAnswer(int, Map)} with the answer as a JSON object (copied).
         *
         * @param step the step's number, 1 or more
         * @param answer the answer; copied, so later changes to it are not sent
         * @return this builder
         * @throws IllegalArgumentException if {@code step} is below 1
         * @throws NullPointerException if {@code answer} is null
         */
        public Builder onboardingAnswer(int step, JsonObject answer) {
            if (step < 1) {
                throw new IllegalArgumentException("onboardingInfo.step: expected 1 or more but was " + step);
            }
            JsonElement copy = Objects.requireNonNull(answer, "onboardingInfo.answer must not be null").deepCopy();
            onboarding.put(step, copy.getAsJsonObject());
            return this;
        }

        /**
         * Builds the update from the fields set so far.
         *
         * @return a new, immutable update
         * @throws IllegalStateException if nothing was set: an empty PATCH would change nothing
         */
        public UserUpdate build() {
            if (firstName == null && lastName == null && userName == null && contactInfo.isEmpty() && onboarding.isEmpty()) {
                throw new IllegalStateException("UserUpdate: set at least one field (firstName, lastName, userName, contactInfo, onboardingInfo)");
            }
            return new UserUpdate(this);
        }
    }
}
