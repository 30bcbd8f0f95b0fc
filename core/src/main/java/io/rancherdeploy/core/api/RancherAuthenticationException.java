package io.rancherdeploy.core.api;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;

/**
 * The key pair was refused (401/403), or it cannot see the environment asked for, or the HTTP proxy
 * refused its credentials (407).
 */
public class RancherAuthenticationException extends RancherDeployException {
  public RancherAuthenticationException(String message) {
    super(ErrorKind.AUTHENTICATION, message);
  }
}
