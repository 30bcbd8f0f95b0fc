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
import java.util.concurrent.atomic.AtomicBoolean;

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

  static Map<String, Object> run(
      String id,
      Operation operation,
      String stack,
      RancherTarget target,
      DeploySettings settings,
      Path workspace,
      Map<String, String> variables,
      PrintStream log)
      throws Exception {
    DeployOptions options = OptionMapping.toOptions(settings);
    ComposeProject project =
        operation == Operation.DEPLOY
            ? ComposeInputs.load(workspace, settings, variables, log)
            : null;
    try (RancherClient client =
        RancherClient.builder(endpoint(target))
            .warnings(w -> log.println("Rancher: WARNING: " + w))
            .connect()) {
      log.println(
          "Rancher: connected to "
              + client.environment().label()
              + " (API "
              + client.apiVersion().path()
              + ")");
      DeployEngine engine = new DeployEngine(client);
      ConsoleDeployListener listener = new ConsoleDeployListener(log);
      Set<String> services = Set.copyOf(options.services());
      // followLogs is the engine's: its ContainerLog events reach the console through the listener.
      Callable<DeployResult> work =
          switch (operation) {
            case DEPLOY -> () -> engine.deploy(stack, project, options, listener);
            case FINISH -> () -> engine.finish(stack, services, options, listener);
            case ROLLBACK -> () -> engine.rollback(stack, services, options, listener);
          };
      return ResultMaps.toMap(cancellable(id, engine, work, operation, options, log));
    }
  }

  /**
   * Runs the work on a worker thread. An abort arrives as an interrupt of this thread (remoting's
   * cancel) or as a second call ({@link RunningDeploys.Cancel}, from {@link DeployRunner}); either
   * way the engine cancels (by default: rolls back) and this waits, bounded, for it to end.
   *
   * @throws InterruptedException after an abort, once the engine has ended
   */
  private static DeployResult cancellable(
      String id,
      DeployEngine engine,
      Callable<DeployResult> work,
      Operation operation,
      DeployOptions options,
      PrintStream log)
      throws Exception {
    AtomicBoolean aborted = new AtomicBoolean();
    Runnable cancel =
        () -> {
          if (aborted.compareAndSet(false, true)) {
            log.println(
                "Rancher: aborted; cancelling the "
                    + operation.name().toLowerCase(Locale.ROOT)
                    + " (onFailure "
                    + options.onFailure().name().toLowerCase(Locale.ROOT)
                    + ")");
            engine.cancel();
          }
        };
    CancellableRun.Outcome<DeployResult> outcome;
    RunningDeploys.Registration registration = RunningDeploys.register(id, cancel);
    try {
      outcome =
          CancellableRun.run(
              work, cancel, options.timeouts().rollback().plus(ABORT_SLACK), () -> {});
    } finally {
      registration.close();
    }
    DeployResult result = outcome.value();
    Summary.print(result, log);
    if (outcome.interrupted() || aborted.get()) {
      throw new InterruptedException("Rancher: aborted; the deploy ended " + result.outcome());
    }
    return result;
  }

  static RancherEndpoint endpoint(RancherTarget target) {
    List<String> urls = target.urls();
    RancherEndpoint.Builder builder = RancherEndpoint.builder(URI.create(urls.get(0)));
    urls.stream().skip(1).map(URI::create).forEach(builder::url);
    builder
        .apiKey(new ApiKey(target.accessKey(), Secret.of(target.secretKeyPlainText())))
        .environment(target.selection().project())
        .caCertificatesPem(target.selection().caCertificate())
        .insecure(target.selection().insecure());
    target.proxy().ifPresent(proxy -> proxy.applyTo(builder));
    return builder.build();
  }
}
