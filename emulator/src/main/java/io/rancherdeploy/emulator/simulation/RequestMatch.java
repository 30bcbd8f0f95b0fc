package io.rancherdeploy.emulator.simulation;

import java.util.Locale;
import java.util.Optional;

/**
 * Which requests a wire fault hits: an optional method and a path fragment (case-insensitive,
 * query included, e.g. {@code "action=activate"}). {@link #any()} hits every request.
 */
public record RequestMatch(Optional<String> method, String pathContains) {

    public static RequestMatch any() {
        return new RequestMatch(Optional.empty(), "");
    }

    public static RequestMatch path(String pathContains) {
        return new RequestMatch(Optional.empty(), pathContains);
    }

    public static RequestMatch of(String method, String pathContains) {
        return new RequestMatch(Optional.of(method.toUpperCase(Locale.ROOT)), pathContains);
    }

    public boolean matches(String requestMethod, String pathAndQuery) {
    return method.map(m -> m.equalsIgnoreCase(requestMethod)).orElse(true)
        && pathAndQuery.toLowerCase(Locale.ROOT).contains(pathContains.toLowerCase(Locale.ROOT));
    }
}
