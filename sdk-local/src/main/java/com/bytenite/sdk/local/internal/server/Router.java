package com.bytenite.sdk.local.internal.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps {@code METHOD /path/{param}} patterns to handlers. A literal segment wins over a parameter
 * ({@code GET /jobs/templates} over {@code GET /jobs/{jobId}}).
 */
public final class Router {
    /** Whether a route needs an access token. */
    public enum Access { TOKEN, OPEN }

    record Route(String method, List<String> pattern, Handler handler, Access access, BodyLimits.Kind body) {
        int literals() {
            return (int) pattern.stream().filter(s -> !s.startsWith("{")).count();
        }

        Map<String, String> match(List<String> segments) {
            if (segments.size() != pattern.size()) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < pattern.size(); i++) {
                String p = pattern.get(i);
                if (p.startsWith("{")) {
                    params.put(p.substring(1, p.length() - 1), segments.get(i));
                } else if (!p.equals(segments.get(i))) {
                    return null;
                }
            }
            return params;
        }
    }

    record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route that needs an access token. */
    public Router add(String method, String pattern, Handler handler) {
        return add(method, pattern, handler, Access.TOKEN);
    }

    /** Adds a route whose body is JSON, limited to {@link BodyLimits#json()}. */
    public Router add(String method, String pattern, Handler handler, Access access) {
        return add(method, pattern, handler, access, BodyLimits.Kind.JSON);
    }

    /** Adds a route whose body is limited as {@code body} says. */
    public Router add(String method, String pattern, Handler handler, Access access, BodyLimits.Kind body) {
        routes.add(new Route(method, List.of(pattern.substring(1).split("/")), handler, access, body));
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
        return this;
    }

    /**
     * @throws ApiException 404 for an unknown path, 405 for a known path with another method
     */
    Match find(String method, List<String> segments) {
        boolean pathKnown = false;
        for (Route r : routes) {
            Map<String, String> params = r.match(segments);
            if (params != null) {
                if (r.method().equals(method)) {
                    return new Match(r, params);
                }
                pathKnown = true;
            }
        }
        if (pathKnown) {
            throw new ApiException(405, "Method Not Allowed", method + " is not supported on this path");
        }
        throw ApiException.notFound("no such route: /" + String.join("/", segments));
    }
}
