package com.bytenite.examples;

import com.bytenite.sdk.auth.AuthClient;
import com.bytenite.sdk.auth.NewSecret;
import com.bytenite.sdk.auth.SecretType;
import com.bytenite.sdk.core.ByteNiteConfig;
import com.bytenite.sdk.core.http.ByteNiteHttp;

/**
 * Stores a storage secret and lists the account's secrets. The secret key is read from the
 * environment so it never appears on a command line.
 *
 * <pre>
 * BYTENITE_API_KEY=… SECRET_KEY=… java … com.bytenite.examples.ManageSecrets my-bucket aws AKIA…
 * </pre>
 */
public final class ManageSecrets {
    private ManageSecrets() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || System.getenv("SECRET_KEY") == null) {
            System.err.println("usage: SECRET_KEY=… ManageSecrets <secretId> <aws|gcp|storj|other> <accessKey>");
            System.exit(2);
        }
        try (ByteNiteHttp http = ByteNiteHttp.create(ByteNiteConfig.fromEnv())) {
            AuthClient auth = new AuthClient(http);
            auth.createSecret(NewSecret.builder(args[0], SecretType.of(args[1])).accessKey(args[2]).secretKey(System.getenv("SECRET_KEY")).build());
            auth.secrets().forEach(s -> System.out.println(s.type() + "/" + s.id() + (s.name() == null ? "" : " (" + s.name() + ")")
                    + s.expiry().map(e -> " expires " + e).orElse("")));
        }
    }
}
