package io.rancherdeploy.core.api;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;

/**
 * The calling thread was interrupted while the client waited for Rancher; the interrupt flag stays
 * set.
 */
public class RancherInterruptedException extends RancherDeployException {
  public RancherInterruptedException(String message, Throwable cause) {
    super(ErrorKind.INTERRUPTED, message, cause);
    Thread.currentThread().interrupt();
  }
}
