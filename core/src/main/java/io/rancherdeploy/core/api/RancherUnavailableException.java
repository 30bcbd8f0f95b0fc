package io.rancherdeploy.core.api;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;

/**
 * No Rancher server could be reached (connection refused, timeout, TLS failure, or 5xx on every
 * try) after every URL and retry. The cause is the last transport error.
 */
public class RancherUnavailableException extends RancherDeployException {
  public RancherUnavailableException(String message, Throwable cause) {
    super(ErrorKind.CONNECTION, message, cause);
  }
}
