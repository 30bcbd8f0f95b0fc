package io.jenkins.plugins.rancherdeploy.run;

import io.jenkins.plugins.rancherdeploy.config.RancherTarget;
import io.jenkins.plugins.rancherdeploy.console.ConsoleDeployListener;
import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.secret.Secret;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The one place that calls core: load the compose files (before any connection, so bad input
 * changes nothing), connect, run the engine on a worker thread that an abort can cancel, and render
 * the outcome.
 */
final class EngineBridge {
  /**
   * Beyond the rollback deadline, how long an abort may take before we stop waiting for the engine.
   */
  private static final Duration ABORT_SLACK = Duration.ofSeconds(30);

  private EngineBridge() {}

  static Map<String, Object> run(Operation operation, String stack, RancherTarget target,
      DeploySettings settings, Path workspace, Map<String, String> variables, PrintStream log)
      throws Exception {
    DeployOptions options = OptionMapping.toOptions(settings);
    ComposeProject project = operation == Operation.DEPLOY
        ? ComposeInputs.load(workspace, settings, variables, log) : null;
    try (RancherClient client = RancherClient.builder(endpoint(target)).warnings(
        w -> log.println("Rancher: WARNING: " + w)).connect()) {
      log.println("Rancher: connected to " + client.environment().label() + " (API "
          + client.apiVersion().path() + ")");
      DeployEngine engine = new DeployEngine(client);
      ConsoleDeployListener listener = new ConsoleDeployListener(log);
      Set<String> services = Set.copyOf(options.services());
      Callable<DeployResult> work = switch (operation) {
        case DEPLOY -> () -> engine.deploy(stack, project, options, listener);
        case FINISH -> () -> engine.finish(stack, services, options, listener);
        case ROLLBACK -> () -> engine.rollback(stack, services, options, listener);
      };
      // followLogs is the engine's: its ContainerLog events reach the console through the listener.
      CancellableRun.Outcome<DeployResult> outcome =
          CancellableRun.run(
              work,
              engine::cancel,
              options.timeouts().rollback().plus(ABORT_SLACK),
              () ->
                  log.println(
                      "Rancher: aborted; cancelling the "
                          + operation.name().toLowerCase(Locale.ROOT)
                          + " (onFailure "
                          + options.onFailure().name().toLowerCase(Locale.ROOT)
                          + ")"));
      DeployResult result = outcome.value();
      Summary.print(result, log);
      if (outcome.interrupted()) {
        throw new InterruptedException("Rancher: aborted; the deploy ended " + result.outcome());
      }
      return ResultMaps.toMap(result);
    }
  }

  static RancherEndpoint endpoint(RancherTarget target) {
    List<String> urls = target.urls();
    RancherEndpoint.Builder builder = RancherEndpoint.builder(URI.create(urls.get(0)));
    urls.stream().skip(1).map(URI::create).forEach(builder::url);
    return builder.apiKey(new ApiKey(target.accessKey(), Secret.of(target.secretKeyPlainText())))
        .environment(target.selection().project())
        .caCertificatesPem(target.selection().caCertificate())
        .insecure(target.selection().insecure())
        .build();
  }
}
