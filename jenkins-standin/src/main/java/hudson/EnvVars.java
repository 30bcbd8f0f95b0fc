package hudson;

import java.util.Map;
import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {
    public EnvVars() {
    }

    public EnvVars(Map<String, String> m) {
        super(m);
    }

    public EnvVars(EnvVars m) {
        super(m);
    }

    public EnvVars(String... keyValuePairs) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public void override(String key, String value) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public String expand(String s) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
