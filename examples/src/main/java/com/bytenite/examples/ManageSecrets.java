package com.bytenite.examples;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.auth.NewSecret;
import com.bytenite.sdk.auth.Secret;
import com.bytenite.sdk.auth.SecretType;
import com.bytenite.sdk.auth.SecretsService;
import java.time.Duration;
import java.time.Instant;

/**
 * Stores a storage secret (AWS, GCP or Storj credentials) and lists the account's secrets.
 *
 * <pre>
 * BYTENITE_API_KEY=… SECRET_KEY=… java … com.bytenite.examples.ManageSecrets my_aws_secret aws AKIAIOSFODNN7EXAMPLE [days]
 * </pre>
 *
 * The secret key is read from the {@code SECRET_KEY} environment variable, never from the command
 * line, where other users of the machine and the shell history could see it. The optional last
 * argument makes the secret expire after that many days. Data sources then refer to the secret as
 * {@code "secret_id": "my_aws_secret"}.
 */
public final class ManageSecrets {
    private ManageSecrets() {
    }

    public static void main(String[] args) {
        String secretKey = System.getenv("SECRET_KEY");
        if (args.length < 3 || args.length > 4 || secretKey == null || secretKey.isBlank()) {
            System.err.println("usage: SECRET_KEY=… ManageSecrets <secretId> <aws|gcp|storj|other> <accessKey> [expiryDays]");
            System.exit(2);
        }
        NewSecret.Builder secret = NewSecret.builder(args[0], SecretType.of(args[1])).accessKey(args[2]).secretKey(secretKey);
        if (args.length == 4) {
            secret.expiresAt(Instant.now().plus(Duration.ofDays(Long.parseLong(args[3]))));
        }

        try (ByteNiteClient bytenite = ByteNiteClient.fromEnv()) {
            SecretsService secrets = bytenite.auth().secrets();
            secrets.create(secret.build()); // never retried: on a network failure, check the list before trying again
            System.out.println("stored secret " + args[0]);

            for (Secret s : secrets.list()) {
                System.out.println(s.type() + "/" + s.id() + (s.name() == null ? "" : " (" + s.name() + ")")
                        + s.expiry().map(at -> " expires " + at).orElse(" does not expire"));
            }
        }
    }
}
