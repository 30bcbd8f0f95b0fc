package io.rancherdeploy.emulator.logs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open log websockets, to count them and to close them when the emulator stops. */
final class LogFollowers {

    private final Set<LogFollower> open = ConcurrentHashMap.newKeySet();

    void add(LogFollower follower) {
        open.add(follower);
    }

    void remove(LogFollower follower) {
        open.remove(follower);
    }

    int count() {
        return open.size();
    }

    void closeAll() {
        for (LogFollower follower : List.copyOf(open)) {
            follower.closeNow();
        }
    }
}
