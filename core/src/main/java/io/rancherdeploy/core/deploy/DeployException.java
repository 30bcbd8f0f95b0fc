package io.rancherdeploy.core.deploy;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;

/**
 * A deploy that failed, carrying its {@link DeployResult} (outcome, failure, per-service results).
 */
public class DeployException extends RancherDeployException {
  private final transient DeployResult result;

  public DeployException(DeployResult result) {
    super(
        result.outcome() == Outcome.ABORTED ? ErrorKind.INTERRUPTED : ErrorKind.DEPLOY_FAILED,
        result.failure().map(DeployFailure::describe).orElse("deploy " + result.outcome()));
    this.result = result;
  }

  public DeployResult result() {
    return result;
  }
}
