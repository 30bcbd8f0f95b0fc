package io.rancherdeploy.cli;

import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;

/**
 * An option, or a combination of options, that cannot work; found before any call to Rancher. Exit
 * 2.
 */
public final class InvalidInputException extends RancherDeployException {
  public InvalidInputException(String message) {
    super(ErrorKind.INVALID_INPUT, message);
  }
}
