package hudson.util;

import java.io.IOException;

public abstract class FormValidation extends IOException {
    private FormValidation() {
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation error(String format, Object... args) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation warning(String format, Object... args) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation ok(String format, Object... args) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation error(Throwable e, String message) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation warning(Throwable e, String message) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation error(Throwable e, String format, Object... args) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public static FormValidation warning(Throwable e, String format, Object... args) {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public abstract String renderHtml();
}
