package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.Component;
import com.bytenite.sdk.local.ComponentOutput;
import com.bytenite.sdk.runtime.App;
import com.bytenite.sdk.runtime.Assembler;
import com.bytenite.sdk.runtime.Environment;
import com.bytenite.sdk.runtime.Partitioner;
import com.bytenite.sdk.runtime.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the engine runtime's apps, partitioners and assemblers (ByteNite's public engines among them)
 * in process, with the job's variables as their environment and their error line captured in the
 * job's logs.
 */
public final class RuntimeEngines {
    private RuntimeEngines() {
    }

    public static Component app(App app) {
        return (env, work, log) -> captured(log, err -> Run.app(Environment.of(env), app, err));
    }

    public static Component partitioner(Partitioner engine) {
        return (env, work, log) -> captured(log, err -> Run.partitioner(Environment.of(env), engine, err));
    }

    public static Component assembler(Assembler engine) {
        return (env, work, log) -> captured(log, err -> Run.assembler(Environment.of(env), engine, err));
    }

    private interface Body {
        int run(PrintStream err);
    }

    /** What the engine reports goes to its stderr, as a Python engine's traceback would. */
    private static int captured(ComponentOutput log, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = body.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bytes.toString(StandardCharsets.UTF_8).lines().forEach(line -> log.line(line, true));
        return status;
    }
}
