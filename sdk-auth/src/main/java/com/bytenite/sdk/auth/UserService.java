package com.bytenite.sdk.auth;

import com.bytenite.sdk.auth.internal.AuthOperations;
import com.bytenite.sdk.auth.internal.generated.model.UserResponseDto;
import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.errors.MalformedResponseException;
import com.bytenite.sdk.core.spi.ServiceContext;
import java.util.Objects;

/** The signed-in user's profile ({@code /v1/auth/user}): read and update. */
public final class UserService extends ByteNiteService<UserService> {
    private final AuthCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and settings the service sends its calls through
     */
    public UserService(ServiceContext context) {
        super(context, UserService::new);
        this.calls = new AuthCalls(context);
    }

    /**
     * The signed-in user's profile ({@code GET /user}).
     *
     * @return the profile as the server sent it
     * @throws MalformedResponseException if the answer has no {@code user}
     */
    public User get() {
        return calls.call(AuthOperations.GET_USER, () -> calls.api().users().getUserCall(null).request(), UserResponseDto.class, UserService::requireUser);
    }

    /**
     * Changes the fields {@code update} sets ({@code PATCH /user}) and returns the updated profile
     * as the server answers it. Repeating it leaves the same state, so it is retried on transient
     * failures. Whether unset fields are kept or cleared by the server is not documented; the SDK
     * never sends them.
     *
     * @param update the fields to change
     * @return the updated profile as the server answered it
     * @throws NullPointerException if {@code update} is null
     * @throws com.bytenite.sdk.core.errors.BadRequestException if the server refuses a value
     * @throws MalformedResponseException if the answer has no {@code user}
     */
    public User update(UserUpdate update) {
        Objects.requireNonNull(update, "update must not be null");
        var body = AuthValues.wire(update);
        return calls.call(AuthOperations.UPDATE_USER, () -> calls.api().users().updateUserCall(body, null).request(), UserResponseDto.class,
                UserService::requireUser);
    }

    private static User requireUser(UserResponseDto r) {
        if (r.getUser() == null) {
            // A mapper's exception becomes a MalformedResponseException with the body's excerpt.
            throw new IllegalStateException("the answer has no user");
        }
        return AuthValues.user(r.getUser());
    }
}
