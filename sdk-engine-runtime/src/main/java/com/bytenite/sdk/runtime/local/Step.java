package com.bytenite.sdk.runtime.local;

import com.bytenite.sdk.runtime.App;
import com.bytenite.sdk.runtime.Assembler;
import com.bytenite.sdk.runtime.Environment;
import com.bytenite.sdk.runtime.Partitioner;
import com.bytenite.sdk.runtime.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** One component of a {@link LocalPipeline}: Java code run in process, or a {@link Command}. */
@FunctionalInterface
interface Step {
    int run(Map<String, String> env, Consumer<String> log) throws Exception;

    static Step of(Partitioner p) {
        return inProcess(err -> env -> Run.partitioner(env, p, err));
    }

    static Step of(App a) {
        return inProcess(err -> env -> Run.app(env, a, err));
    }

    static Step of(Assembler a) {
        return inProcess(err -> env -> Run.assembler(env, a, err));
    }

    static Step of(Command c) {
        return c::run;
    }

    /** Runs with an injected environment; what the component reports on stderr goes to the log. */
    private static Step inProcess(java.util.function.Function<PrintStream, ToIntFunction<Environment>> body) {
        return (env, log) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int status = body.apply(new PrintStream(bytes, true, StandardCharsets.UTF_8)).applyAsInt(Environment.of(env));
            bytes.toString(StandardCharsets.UTF_8).lines().forEach(log);
            return status;
        };
    }
}
