package jenkins;

import hudson.FilePath.FileCallable;

public abstract class MasterToSlaveFileCallable<T> implements FileCallable<T> {
    public MasterToSlaveFileCallable() {
    }
}
