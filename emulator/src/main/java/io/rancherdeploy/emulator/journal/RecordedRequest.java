package io.rancherdeploy.emulator.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the emulator received, with the status it answered ({@code 0} = connection dropped,
 * {@code 101} = websocket upgraded). The Authorization header is never kept.
 */
public record RecordedRequest(Instant time, String method, String path, Map<String, List<String>> query,
                              String body, int status) {

    public RecordedRequest {
        query = Map.copyOf(query);
    }

    /** {@code "GET /v2-beta/services"}: handy in assertions. */
    public String line() {
        return method + " " + path;
    }
}
