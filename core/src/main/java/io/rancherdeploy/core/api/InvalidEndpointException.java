package io.rancherdeploy.core.api;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;

/**
 * The endpoint settings are wrong (a malformed URL, an unreadable CA certificate, a bad proxy
 * address).
 */
public class InvalidEndpointException extends RancherDeployException {
  public InvalidEndpointException(String message, Throwable cause) {
    super(ErrorKind.INVALID_INPUT, message, cause);
  }
}
