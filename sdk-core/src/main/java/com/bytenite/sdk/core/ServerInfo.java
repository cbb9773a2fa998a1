package com.bytenite.sdk.core;

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

    public ServerInfo(int major, int minor, int tag, Map<String, String> messages) {
        this.major = major;
        this.minor = minor;
        this.tag = tag;
        this.messages = messages == null ? Map.of() : Map.copyOf(messages);
    }

    public int major() {
        return major;
    }

    public int minor() {
        return minor;
    }

    public int tag() {
        return tag;
    }

    /** Message key to text; empty when the server has nothing to say. */
    public Map<String, String> messages() {
        return messages;
    }

    /** {@code major.minor.tag}. */
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
