package com.bytenite.examples;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.dev.ComponentStatus;
import com.bytenite.sdk.dev.ComponentsService;
import com.bytenite.sdk.dev.ManifestException;
import com.bytenite.sdk.dev.PushResult;
import java.nio.file.Path;

/**
 * Pushes an app folder (app/, manifest.json, and template.json when present), activates it and
 * prints its status, as {@code bytenite app push} and {@code bytenite app activate} do.
 *
 * <pre>
 * BYTENITE_API_KEY=… java … com.bytenite.examples.PushApp path/to/hello-world
 * </pre>
 */
public final class PushApp {
    private PushApp() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PushApp <appFolder>");
            System.exit(2);
        }
        try (ByteNiteClient bytenite = ByteNiteClient.fromEnv()) {
            ComponentsService apps = bytenite.dev().apps();
            PushResult pushed = apps.push(Path.of(args[0]));
            System.out.println("pushed " + pushed.component().tag());
            pushed.pushedTemplate().ifPresent(t -> System.out.println("pushed template " + t.id()));
            ComponentStatus status = apps.activate(pushed.component().tag().toString());
            System.out.println("status: " + (status.status() != null ? status.status() : apps.status(pushed.component().tag().toString()).status()));
        } catch (ManifestException e) {
            System.err.println("the folder cannot be pushed:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
    }
}
