package hudson.model;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
    private Run() {
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }
}
