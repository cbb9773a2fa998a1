package com.bytenite.sdk.core;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an API's {@code GET /info} reports: the server software version and any important messages
 * (deprecations, maintenance notices). Every ByteNite API has this call.
 */
public final class ServerInfo {
    private final int major;
    private final int minor;
    private final int tag;
    private final Map<String, String> messages;

    /**
     * A server version and its messages; {@link #fromJson(JsonObject)} makes these from an answer.
     *
     * @param major the major version number
     * @param minor the minor version number
     * @param tag the third version number ({@code tag} on the wire)
     * @param messages message key to text; copied, null becomes empty (a null key or value throws
     *     {@code NullPointerException})
     */
    public ServerInfo(int major, int minor, int tag, Map<String, String> messages) {
        this.major = major;
        this.minor = minor;
        this.tag = tag;
        this.messages = messages == null ? Map.of() : Map.copyOf(messages);
    }

    /**
     * Reads {@code {"version": {"major", "minor", "tag"}, "messages": {…}}}; absent parts are 0 or
     * empty, and non-text message values keep their JSON text.
     *
     * @param o the {@code GET /info} answer
     * @return the version and messages it holds
     * @throws NumberFormatException if a version number is not an integer
     */
    public static ServerInfo fromJson(JsonObject o) {
        JsonObject v = o.has("version") && o.get("version").isJsonObject() ? o.getAsJsonObject("version") : new JsonObject();
        Map<String, String> messages = new LinkedHashMap<>();
        if (o.has("messages") && o.get("messages").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("messages").entrySet()) {
                JsonElement m = e.getValue();
                messages.put(e.getKey(), m.isJsonPrimitive() ? m.getAsString() : m.toString());
            }
        }
        return new ServerInfo(number(v, "major"), number(v, "minor"), number(v, "tag"), messages);
    }

    private static int number(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || !e.isJsonPrimitive() ? 0 : Integer.parseInt(e.getAsString().trim());
    }

    /**
     * The major version number.
     *
     * @return the major version, 0 when the server sent none
     */
    public int major() {
        return major;
    }

    /**
     * The minor version number.
     *
     * @return the minor version, 0 when the server sent none
     */
    public int minor() {
        return minor;
    }

    /**
     * The third version number ({@code tag} on the wire).
     *
     * @return the tag, 0 when the server sent none
     */
    public int tag() {
        return tag;
    }

    /**
     * Message key to text; empty when the server has nothing to say.
     *
     * @return an immutable map of the server's messages
     */
    public Map<String, String> messages() {
        return messages;
    }

    /**
     * The version as one string.
     *
     * @return {@code major.minor.tag}, such as {@code 1.4.2}
     */
    public String version() {
        return major + "." + minor + "." + tag;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ServerInfo)) {
            return false;
        }
        ServerInfo s = (ServerInfo) o;
        return major == s.major && minor == s.minor && tag == s.tag && messages.equals(s.messages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, tag, messages);
    }

    @Override
    public String toString() {
        return "ServerInfo{version=" + version() + ", messages=" + messages + '}';
    }
}
