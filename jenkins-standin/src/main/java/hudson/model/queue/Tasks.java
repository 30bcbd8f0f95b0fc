package hudson.model.queue;

import hudson.model.Queue.Task;
import org.springframework.security.core.Authentication;

public class Tasks {
    private Tasks() {
    }

    public static Authentication getAuthenticationOf2(Task t) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
