package io.rancherdeploy.core;

/** The closed set of failure families; front ends map these to exit codes and build results. */
public enum ErrorKind {
  /** Bad files, options or variables, found before any call that changes the server. CLI exit 2. */
  INVALID_INPUT(2),
  /** The server cannot be reached, or TLS fails, after every URL and retry. CLI exit 3. */
  CONNECTION(3),
  /** The key pair is wrong, or cannot see the environment asked for. CLI exit 3. */
  AUTHENTICATION(3),
  /** The server answered with an error that no retry fixes. CLI exit 1. */
  API(1),
  /** The deploy ran and failed (with or without a rollback). CLI exit 1. */
  DEPLOY_FAILED(1),
  /** The deploy was interrupted or cancelled; cleanup ran within its bound. CLI exit 130. */
  INTERRUPTED(130);

  private final int exitCode;

  ErrorKind(int exitCode) {
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
