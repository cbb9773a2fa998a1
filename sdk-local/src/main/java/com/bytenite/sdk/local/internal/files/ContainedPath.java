package com.bytenite.sdk.local.internal.files;

import java.nio.file.Path;

/**
 * Resolves names under a root folder, refusing anything that could end outside it. The second line
 * of defence behind the checks at the API's edge: every folder or file the server writes or deletes
 * for a request is built here.
 */
public final class ContainedPath {
    private ContainedPath() {
    }

    /**
     * @param segments plain names, one folder level each
     * @throws IllegalArgumentException when a segment is empty, {@code .}, {@code ..}, holds a path
     *     separator or NUL, or the result would not be strictly under {@code root}
     */
    public static Path resolve(Path root, String... segments) {
        Path base = root.toAbsolutePath().normalize();
        Path out = base;
        for (String s : segments) {
            if (s == null || s.isEmpty() || s.equals(".") || s.equals("..") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0
                    || s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("refusing path segment '" + s + "' under " + base);
            }
            out = out.resolve(s);
        }
        out = out.normalize();
        if (!out.startsWith(base) || (segments.length > 0 && out.equals(base))) {
            throw new IllegalArgumentException("refusing a path outside " + base);
        }
        return out;
    }
}
