package io.jenkins.plugins.rancherdeploy.run;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jenkins.MasterToSlaveFileCallable;

/**
 * The deploys running in this JVM (an agent's, or the controller's for its own workspaces), by id,
 * so that an abort reaches one through a second remoting call instead of an interrupt: the
 * controller then waits for the rollback to end, and keeps the stack's lock until it has.
 */
final class RunningDeploys {
  private static final Map<String, Runnable> CANCELS = new ConcurrentHashMap<>();

  private RunningDeploys() {}

  /** A registration; close it when the deploy has ended. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  static Registration register(String id, Runnable cancel) {
    CANCELS.put(id, cancel);
    return () -> CANCELS.remove(id, cancel);
  }

  /** Cancels the deploy {@code id}; false when it is not (or no longer) running here. */
  static boolean cancel(String id) {
    Runnable cancel = CANCELS.get(id);
    if (cancel == null) {
      return false;
    }
    cancel.run();
    return true;
  }

  static boolean isRunning(String id) {
    return CANCELS.containsKey(id);
  }

  /** The second call: runs where the deploy runs (the workspace's machine) and cancels it. */
  static final class Cancel extends MasterToSlaveFileCallable<Boolean> {
    private static final long serialVersionUID = 1L;
    private final String id;

    Cancel(String id) {
      this.id = id;
    }

    @Override
    public Boolean invoke(File workspace, VirtualChannel channel) {
      return cancel(id);
    }
  }
}
