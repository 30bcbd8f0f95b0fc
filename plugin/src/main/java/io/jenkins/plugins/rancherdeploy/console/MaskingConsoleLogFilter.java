package io.jenkins.plugins.rancherdeploy.console;

import hudson.console.ConsoleLogFilter;
import hudson.model.Run;
import io.rancherdeploy.core.secret.MaskingOutputStream;
import java.io.OutputStream;
import java.io.Serializable;

/** Masks the Rancher key in everything a {@code withRancher} body prints. */
public final class MaskingConsoleLogFilter extends ConsoleLogFilter implements Serializable {
  private static final long serialVersionUID = 1L;

  private final SecretPattern secrets;

  public MaskingConsoleLogFilter(SecretPattern secrets) {
    this.secrets = secrets;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public OutputStream decorateLogger(Run build, OutputStream logger) {
    return new MaskingOutputStream(logger, secrets.masker());
  }
}
