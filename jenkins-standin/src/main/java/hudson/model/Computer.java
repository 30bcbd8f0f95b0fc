package hudson.model;

public abstract class Computer {
    private Computer() {
    }
}
