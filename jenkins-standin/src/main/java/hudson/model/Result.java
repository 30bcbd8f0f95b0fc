package hudson.model;

public final class Result {
    private Result() {
    }
}
