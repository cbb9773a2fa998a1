package com.bytenite.sdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Small named classes where lambdas would be shorter: the first lambda a JVM links costs
 * milliseconds, and a component starts once per chunk (BENCHMARKS.md has the figures).
 */
final class StartupLean {
    static final Environment SYSTEM = new Environment() {
        @Override
        public String get(String name) {
            return System.getenv(name);
        }
    };

    private StartupLean() {
    }

    /** Variables from a map. */
    static final class MapEnvironment implements Environment {
        private final Map<String, String> variables;

        MapEnvironment(Map<String, String> variables) {
            this.variables = variables;
        }

        @Override
        public String get(String name) {
            return variables.get(name);
        }
    }

    /** Writes fixed bytes. */
    static final class Bytes implements StreamWriter {
        private final byte[] content;

        Bytes(byte[] content) {
            this.content = content;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            out.write(content);
        }
    }

    /** Copies a stream. */
    static final class Copy implements StreamWriter {
        private final InputStream content;

        Copy(InputStream content) {
            this.content = content;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            content.transferTo(out);
        }
    }
}
