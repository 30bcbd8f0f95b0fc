package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.RancherDeployException;
import io.rancherdeploy.core.api.Filters;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.ServiceLog;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.secret.SecretMasker;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link DeployFailure} a person reads: the phase, service, Rancher state and message of
 * the step that failed, what the cleanup did, the service's recent {@code serviceLog} events and
 * the last lines of its containers' logs. Everything passes the secret masker. Gathering the extras
 * is best effort: a failure to read them never hides the failure itself.
 */
final class FailureReport {
  static final int EVENTS = 10;

  private FailureReport() {}

  static DeployFailure of(
      RunContext ctx, StepFailure f, Optional<Compensation.Outcome> cleanup, ContainerTail tail) {
    SecretMasker masker = ctx.progress.masker();
    StringBuilder message = new StringBuilder(f.getMessage());
    cleanup.ifPresent(
        c -> {
          if (!c.done().isEmpty()) {
            message
                .append("; ")
                .append(
                    ctx.options
                            .onFailure()
                            .name()
                            .toLowerCase(java.util.Locale.ROOT)
                            .equals("finish")
                        ? "finished: "
                        : "rolled back: ")
                .append(String.join(", ", c.done()));
          }
          if (!c.failed().isEmpty()) {
            message
                .append("; OPERATOR ACTION NEEDED, cleanup failed for ")
                .append(String.join("; ", c.messages()));
          }
        });
    Optional<Service> service = f.service().flatMap(ctx::live);
    List<String> events = service.map(s -> recentEvents(ctx, s)).orElse(List.of());
    List<String> lines = service.map(s -> tail.lastLines(s)).orElse(List.of());
    return new DeployFailure(
        f.phase(),
        f.service(),
        f.rancherState().or(() -> service.map(Service::stateName)),
        f.transitioningMessage().map(masker::mask),
        masker.mask(message.toString()),
        events.stream().map(masker::mask).toList(),
        lines.stream().map(masker::mask).toList());
  }

  private static List<String> recentEvents(RunContext ctx, Service service) {
    try {
      return ctx
          .client
          .list(ResourceType.SERVICE_LOG, Filters.where("serviceId", service.id()))
          .stream()
          .sorted(
              Comparator.comparing((ServiceLog l) -> l.created().orElse(""))
                  .reversed()
                  .thenComparing(ServiceLog::id, Comparator.reverseOrder()))
          .limit(EVENTS)
          .map(
              l ->
                  l.created().map(c -> c + " ").orElse("")
                      + l.level()
                      + " "
                      + l.eventType()
                      + ": "
                      + l.description())
          .toList();
    } catch (RancherDeployException e) {
      return List.of("(could not read the service's event log: " + e.getMessage() + ")");
    }
  }
}
