package io.jenkins.plugins.rancherdeploy.run;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.rancherdeploy.config.RancherTarget;
import io.jenkins.plugins.rancherdeploy.console.SecretPattern;
import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.secret.MaskingOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jenkins.MasterToSlaveFileCallable;

/**
 * The deploy, run on the machine that holds the workspace (its network reaches Rancher, and the
 * compose files are read there). Everything it prints goes through a masking stream into the build
 * log; failures come back as {@link AbortException}s whose messages are masked too. Returns the
 * result map.
 */
public final class RemoteDeploy extends MasterToSlaveFileCallable<Map<String, Object>> {
  private static final long serialVersionUID = 1L;

  private final Operation operation;
  private final String stack;
  private final RancherTarget target;
  private final DeploySettings settings;
  private final HashMap<String, String> buildVariables;
  private final TaskListener listener;
  private final String id = UUID.randomUUID().toString();

  public RemoteDeploy(
      Operation operation,
      String stack,
      RancherTarget target,
      DeploySettings settings,
      Map<String, String> buildVariables,
      TaskListener listener) {
    this.operation = operation;
    this.stack = stack;
    this.target = target;
    this.settings = settings;
    this.buildVariables = new HashMap<>(buildVariables);
    this.listener = listener;
  }

  /** This deploy's id in {@link RunningDeploys} where it runs. */
  String id() {
    return id;
  }

  /** The secret key and the proxy's password, with the Basic forms of both credentials. */
  static SecretPattern secrets(RancherTarget target) {
    SecretPattern keys =
        SecretPattern.of(
            List.of(target.secretKeyPlainText()), target.accessKey(), target.secretKeyPlainText());
    return target.proxy().map(proxy -> proxy.maskedIn(keys)).orElse(keys);
  }

  @Override
  public Map<String, Object> invoke(File workspace, VirtualChannel channel)
      throws IOException, InterruptedException {
    SecretPattern secrets = secrets(target);
    PrintStream log =
        new PrintStream(
            new MaskingOutputStream(listener.getLogger(), secrets.masker()),
            true,
            StandardCharsets.UTF_8);
    try {
      Map<String, String> variables = new HashMap<>(buildVariables);
      variables.putAll(VariableLines.parse(settings.getVariables()));
      return EngineBridge.run(
          id,
          operation,
          stack,
          target,
          settings,
          workspace == null ? null : workspace.toPath(),
          variables,
          log);
    } catch (RancherDeployException e) {
      String message = "Rancher: " + secrets.mask(String.valueOf(e.getMessage()));
      if (e.kind() == ErrorKind.INTERRUPTED) {
        throw new InterruptedException(message);
      }
      throw new AbortException(message);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new AbortException("Rancher: " + secrets.mask(String.valueOf(e.getMessage())));
    } catch (IOException | InterruptedException e) {
      throw e;
    } catch (Exception e) {
      // Only a masked message crosses back to the controller: the cause could quote a secret.
      throw new IOException(
          "Rancher: "
              + e.getClass().getSimpleName()
              + ": "
              + secrets.mask(String.valueOf(e.getMessage())));
    } finally {
      log.flush();
    }
  }
}
