package com.bytenite.sdk.auth;

import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * The answer to one step of the web app's onboarding questions ({@code User.onboardingInfo}). The
 * steps and the shape of an answer are not documented (the reference shows {@code {}}), so the
 * answer is kept as the JSON the server sent.
 *
 * @param step the step's number (1 in the docs' example; 0 if the server sent none)
 * @param answer the answer, a copy on every read
 */
public record OnboardingAnswer(int step, JsonObject answer) {
    /**
     * Copies {@code answer}; null becomes an empty object.
     *
     * @param step the step's number
     * @param answer the answer; copied, so later changes to it do not reach this value
     */
    public OnboardingAnswer {
        answer = answer == null ? new JsonObject() : answer.deepCopy();
    }

    /**
     * A copy: changing it does not change this value.
     *
     * @return a copy of the answer, never null
     */
    @Override
    public JsonObject answer() {
        return answer.deepCopy();
    }

    static OnboardingAnswer of(Integer step, JsonObject answer) {
        return new OnboardingAnswer(Objects.requireNonNullElse(step, 0), answer);
    }
}
