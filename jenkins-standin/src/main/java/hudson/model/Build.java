package hudson.model;

public abstract class Build<P extends Project<P, B>, B extends Build<P, B>> {
    private Build() {
    }
}
