package hudson;

import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;

public final class FilePath {
    private FilePath() {
    }

    public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

  public <V, E extends Throwable> V act(Callable<V, E> callable)
      throws IOException, InterruptedException, E {
        throw new UnsupportedOperationException("Jenkins stand-in: compile only");
    }

    public interface FileCallable<T> extends Serializable {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
