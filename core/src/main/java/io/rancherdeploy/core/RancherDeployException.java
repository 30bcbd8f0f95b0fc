package io.rancherdeploy.core;

/**
 * The root of every failure that rancher-deploy reports to a user. Each subclass belongs to one
 * domain (compose files, the Rancher API, the deploy engine) and carries an {@link ErrorKind}, so
 * that the CLI and the Jenkins plugin map every case to an exit code or a build result in one
 * place.
 *
 * <p>Messages are written for the user: one paragraph that names the file, field, phase, service or
 * Rancher state involved and the likely fix. They never contain a secret.
 */
public abstract class RancherDeployException extends RuntimeException {
  private final ErrorKind kind;

  protected RancherDeployException(ErrorKind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  protected RancherDeployException(ErrorKind kind, String message) {
    this(kind, message, null);
  }

  public ErrorKind kind() {
    return kind;
  }
}
