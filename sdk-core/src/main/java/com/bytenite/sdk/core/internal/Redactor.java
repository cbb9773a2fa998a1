package com.bytenite.sdk.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Removes secrets from anything the SDK writes to a log or an exception message: the literal API
 * key and the access tokens issued in this process, values of secret-looking JSON keys, the query
 * strings of URLs (signed URLs carry their signature there), and capability tokens in URL paths.
 *
 * <p>A capability token is a path segment of at least {@value #TOKEN_MIN_LENGTH} letters, digits,
 * {@code -} or {@code _} mixing letters and digits (hex, base64url, UUIDs), outside the API's own
 * {@code /v1/} routes: upload and result links that carry their authority in the path (Local
 * ByteNite's {@code /local/uploads/<token>}, some storage providers) show as {@code [REDACTED]}.
 * Paths of the API itself are kept whole, so job ids stay readable in logs.
 */
public final class Redactor {
    public static final String MASK = "[REDACTED]";

    private static final int REMEMBERED_TOKENS = 16;
    private static final Pattern SECRET_JSON_VALUE = Pattern.compile(
            "(\"(?:apiKey|api_key|token|accessToken|access_token|refreshToken|secretKey|secret_key|accessKey"
                    + "|access_key|password|authorization|Authorization)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern URL_QUERY = Pattern.compile("(https?://[^\\s\"'?#<>]*)\\?[^\\s\"'#<>]*");
    private static final Pattern URL_PATH = Pattern.compile("(https?://[^\\s\"'?#<>/]+)(/[^\\s\"'?#<>]*)");
    static final int TOKEN_MIN_LENGTH = 20;
    private static final Pattern TOKEN_SEGMENT = Pattern.compile("(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{"
            + TOKEN_MIN_LENGTH + ",}");
    /** Query parameters of ByteNite's own API; any other parameter's value may be a signature. */
    private static final Set<String> VISIBLE_QUERY_PARAMETERS =
            Set.of("limit", "offset", "orderBy", "isPublic", "secretType", "currency", "amount");

    private final Deque<String> permanent = new ArrayDeque<>();
    private final Deque<String> tokens = new ArrayDeque<>();

    /** Remembers a configured credential (the API key, a static token) for the life of the client. */
    public synchronized void rememberCredential(String secret) {
        if (usable(secret) && !permanent.contains(secret)) {
            permanent.add(secret);
        }
    }

    /** Remembers an issued access token; only the most recent ones are kept. */
    public synchronized void rememberToken(String token) {
        if (usable(token) && !tokens.contains(token)) {
            tokens.addFirst(token);
            while (tokens.size() > REMEMBERED_TOKENS) {
                tokens.removeLast();
            }
        }
    }

    private static boolean usable(String secret) {
        // Masking a one- or two-character "secret" would shred every message.
        return secret != null && secret.length() >= 4;
    }

    /** Masks known secrets, secret-looking JSON values and URL query strings in free text. */
    public String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = literals(text);
        out = SECRET_JSON_VALUE.matcher(out).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
        out = URL_QUERY.matcher(out).replaceAll("$1?" + Matcher.quoteReplacement(MASK));
        return URL_PATH.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + path(m.group(2))));
    }

    /** A URL's encoded path with capability tokens masked (see the class comment). */
    public String path(HttpUrl url) {
        return literals(path(url.encodedPath()));
    }

    /** A link for {@code toString()}: its path's capability tokens and its whole query masked. */
    public static String link(String url) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        Matcher m = URL_PATH.matcher(base);
        String masked = m.matches() ? m.group(1) + path(m.group(2)) : base;
        return q < 0 ? masked : masked + "?" + MASK;
    }

    private static String path(String encodedPath) {
        if (encodedPath.startsWith("/v1/")) {
            return encodedPath;
        }
        StringBuilder sb = new StringBuilder(encodedPath.length());
        int start = 0;
        while (start <= encodedPath.length()) {
            int slash = encodedPath.indexOf('/', start);
            int end = slash < 0 ? encodedPath.length() : slash;
            String segment = encodedPath.substring(start, end);
            sb.append(TOKEN_SEGMENT.matcher(segment).matches() ? MASK : segment);
            if (slash < 0) {
                break;
            }
            sb.append('/');
            start = slash + 1;
        }
        return sb.toString();
    }

    /** At most {@code max} characters of {@code text} after redaction, on one line. */
    public String excerpt(String text, int max) {
        String clean = text(text == null ? "" : text).replaceAll("\\s+", " ").trim();
        return clean.length() <= max ? clean : clean.substring(0, max) + "…";
    }

    /**
     * The URL for a log line: scheme, host, port and path, and only the query parameters the ByteNite
     * API defines (limit, offset, …) with their values; any other parameter's value is masked.
     */
    public String url(HttpUrl url) {
        StringBuilder sb = new StringBuilder(url.scheme()).append("://").append(url.host());
        if (url.port() != HttpUrl.defaultPort(url.scheme())) {
            sb.append(':').append(url.port());
        }
        sb.append(path(url.encodedPath()));
        for (int i = 0; i < url.querySize(); i++) {
            String name = url.queryParameterName(i);
            sb.append(i == 0 ? '?' : '&').append(name);
            String value = url.queryParameterValue(i);
            if (value != null) {
                sb.append('=').append(VISIBLE_QUERY_PARAMETERS.contains(name) ? value : MASK);
            }
        }
        return literals(sb.toString());
    }

    private String literals(String text) {
        String out = text;
        for (String secret : snapshot()) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    private synchronized String[] snapshot() {
        String[] all = new String[permanent.size() + tokens.size()];
        int i = 0;
        for (String s : permanent) {
            all[i++] = s;
        }
        for (String s : tokens) {
            all[i++] = s;
        }
        return all;
    }
}
