package com.bytenite.sdk.auth.internal;

import com.bytenite.sdk.core.spi.Operation;

/**
 * The Authentication API's operations and whether each is safe to repeat (the retry table in the
 * README). Names are {@code auth.<operationId>} from {@code specs/auth.json}.
 */
public final class AuthOperations {
    /** Repeating an exchange only issues another token. Same name as sdk-core's own exchange. */
    public static final Operation GET_ACCESS_TOKEN = Operation.idempotent("auth.getAccessToken");
    public static final Operation LIST_API_KEYS = Operation.idempotent("auth.listApiKeys");
    /** Revoking a revoked key leaves it revoked. */
    public static final Operation REVOKE_API_KEY = Operation.idempotent("auth.revokeApiKey");
    public static final Operation GET_INFO = Operation.idempotent("auth.getInfo");
    public static final Operation LIST_SECRETS = Operation.idempotent("auth.listSecrets");
    /** May create the secret: never replayed once sent. */
    public static final Operation CREATE_SECRET = Operation.nonIdempotent("auth.createSecret");
    public static final Operation DELETE_SECRET = Operation.idempotent("auth.deleteSecret");
    /** Signing out twice leaves the user signed out. */
    public static final Operation SIGN_OUT = Operation.idempotent("auth.signOut");
    public static final Operation CHECK_SKIP_LOGIN = Operation.idempotent("auth.checkSkipLogin");
    public static final Operation GET_USER = Operation.idempotent("auth.getUser");
    /** Sets the given fields; repeating it leaves the same state. */
    public static final Operation UPDATE_USER = Operation.idempotent("auth.updateUser");

    private AuthOperations() {
    }
}
