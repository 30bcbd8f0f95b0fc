package jenkins;

public abstract class MasterToSlaveFileCallable<T> implements ControllerToAgentFileCallable<T> {
  public MasterToSlaveFileCallable() {}
}
