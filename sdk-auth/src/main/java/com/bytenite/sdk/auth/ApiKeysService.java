package com.bytenite.sdk.auth;

import static com.bytenite.sdk.core.http.Arguments.requirePathSegment;

import com.bytenite.sdk.auth.internal.AuthOperations;
import com.bytenite.sdk.auth.internal.generated.model.ApiKeyListDto;
import com.bytenite.sdk.core.ByteNiteService;
import com.bytenite.sdk.core.spi.ServiceContext;
import java.util.List;

/** The user's API keys ({@code /v1/auth/api_keys}): list and revoke; never the keys themselves. */
public final class ApiKeysService extends ByteNiteService<ApiKeysService> {
    private final AuthCalls calls;

    /**
     * Services are made by {@code ByteNiteClient}; this constructor is for SDK modules and tests.
     *
     * @param context the shared HTTP stack and settings the service sends its calls through
     */
    public ApiKeysService(ServiceContext context) {
        super(context, ApiKeysService::new);
        this.calls = new AuthCalls(context);
    }

    /**
     * The user's API keys ({@code GET /api_keys}), revoked ones included; never the keys themselves.
     *
     * @return an immutable list, empty when the server sends none
     */
    public List<ApiKeyInfo> list() {
        return calls.call(AuthOperations.LIST_API_KEYS, () -> calls.api().apiKeys().listApiKeysCall(null).request(), ApiKeyListDto.class,
                l -> l.getApiKeys() == null ? List.of() : l.getApiKeys().stream().map(AuthValues::apiKey).toList());
    }

    /**
     * Revokes an API key ({@code POST /api_keys/{id}/revoke}); revoking a revoked key leaves it
     * revoked. Whether tokens already exchanged for the key keep working until they expire is not
     * documented. Revoking the key this client is configured with stops the SDK from renewing its
     * token: later calls fail once the current token expires.
     *
     * @param id the key's {@link ApiKeyInfo#id() id}, not the key itself
     * @throws IllegalArgumentException if {@code id} is blank, {@code .} or {@code ..} (nothing is sent)
     * @throws com.bytenite.sdk.core.errors.NotFoundException if there is no such key
     * @throws com.bytenite.sdk.core.errors.UnexpectedStatusException (HTTP 200) if the answer says {@code "ok": false}
     */
    public void revoke(String id) {
        String keyId = requirePathSegment("id", id);
        calls.callForStatus(AuthOperations.REVOKE_API_KEY, () -> calls.api().apiKeys().revokeApiKeyCall(keyId, null).request());
    }
}
