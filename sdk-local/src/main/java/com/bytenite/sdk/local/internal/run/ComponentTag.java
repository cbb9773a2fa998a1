package com.bytenite.sdk.local.internal.run;

import com.bytenite.sdk.local.internal.server.ApiException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code name[@major[.minor]]}, resolved as on ByteNite: {@code name} is the highest
 * version, {@code name@major} the highest minor of that major, {@code name@major.minor} exactly that.
 */
public record ComponentTag(String name, Integer major, Integer minor) {
    private static final Pattern TAG = Pattern.compile("([A-Za-z0-9][A-Za-z0-9_.-]*)(?:@(\\d+)(?:\\.(\\d+))?)?");

    /** @throws ApiException 400 for a malformed tag */
    public static ComponentTag parse(String tag) {
        Matcher m = TAG.matcher(tag);
        if (!m.matches()) {
            throw ApiException.badRequest("'" + tag + "' is not a tag: expected name, name@major or name@major.minor");
        }
        return new ComponentTag(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    public boolean matches(String candidateName, int candidateMajor, int candidateMinor) {
        return name.equals(candidateName) && (major == null || major == candidateMajor) && (minor == null || minor == candidateMinor);
    }

    /** True when the tag asks for a version, not just a name. */
    public boolean hasVersion() {
        return major != null;
    }
}
