package com.bytenite.sdk.runtime;

import java.nio.file.Files;
import java.nio.file.Path;

/** Resolves the contract's directory variables, saying exactly what is wrong with one. */
final class Directories {
    private Directories() {
    }

    static Path existing(Environment env, String variable, String component) {
        Path dir = Path.of(env.require(variable, component));
        if (!Files.isDirectory(dir)) {
            throw new ComponentException(component + ": " + variable + " points to " + dir + ", which is not an existing directory");
        }
        return dir;
    }

    static Path writable(Environment env, String variable, String component) {
        Path dir = existing(env, variable, component);
        if (!Files.isWritable(dir)) {
            throw new ComponentException(component + ": " + variable + " points to " + dir + ", which is not writable");
        }
        return dir;
    }
}
