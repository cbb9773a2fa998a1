package com.bytenite.sdk.runtime;

import java.util.Objects;

/** Result and output names: plain file names, never a path that could leave the directory. */
final class SafeNames {
    private SafeNames() {
    }

    static String check(String name, String what) {
        Objects.requireNonNull(name, what + " name must not be null");
        if (name.isBlank() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\") || name.contains("\0")
                || name.contains("..") || name.startsWith("~")) {
            throw new ComponentException(what + " name '" + name + "' must be a plain file name: no path separator, no '..', not absolute");
        }
        return name;
    }
}
