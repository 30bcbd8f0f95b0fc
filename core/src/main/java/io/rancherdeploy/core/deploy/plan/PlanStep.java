package io.rancherdeploy.core.deploy.plan;

import io.rancherdeploy.core.deploy.Phase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One small thing the executor does, with the reason the planner chose it. Steps are values: the
 * plan can be printed and compared, and the executor maps each kind to a few API calls.
 */
public sealed interface PlanStep {
  /** The service the step acts on; empty for stack-level steps. */
  Optional<String> service();

  Phase phase();

  String reason();

  /**
   * One line for a person, e.g. {@code upgrade web (launchConfig changed; batch 2, every 1000 ms)}.
   */
  String describe();

  record CreateStack(String stack, String reason) implements PlanStep {
    public Optional<String> service() {
      return Optional.empty();
    }

    public Phase phase() {
      return Phase.CREATE;
    }

    public String describe() {
      return "create stack " + stack + " (" + reason + ")";
    }
  }

  record CreateService(String name, String reason) implements PlanStep {
    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.CREATE;
    }

    public String describe() {
      return "create " + name + " (" + reason + ")";
    }
  }

  /**
   * Service-level fields (metadata, lbConfig, retainIp, ...) changed: a PUT, no container restarts.
   */
  record UpdateService(String name, String reason) implements PlanStep {
    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.UPGRADE;
    }

    public String describe() {
      return "update " + name + " (" + reason + ")";
    }
  }

  /**
   * Set the service's links: alias to target service name (external targets as {@code
   * stack/service}).
   */
  record SetLinks(String name, Map<String, String> links, String reason) implements PlanStep {
    public SetLinks {
      links = Map.copyOf(links);
    }

    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.CREATE;
    }

    public String describe() {
      return "link " + name + " to " + new java.util.TreeMap<>(links) + " (" + reason + ")";
    }
  }

  record Activate(String name, String reason) implements PlanStep {
    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.ACTIVATE;
    }

    public String describe() {
      return "activate " + name + " (" + reason + ")";
    }
  }

  /**
   * An in-service upgrade: the primary launch config when it changed, the sidekicks that changed or
   * are new, and the removed ones (sent as {@code rancher/none}).
   */
  record Upgrade(
      String name,
      boolean launchConfig,
      List<String> sidekicks,
      List<String> removedSidekicks,
      int batchSize,
      Duration interval,
      boolean startFirst,
      String reason)
      implements PlanStep {
    public Upgrade {
      sidekicks = List.copyOf(sidekicks);
      removedSidekicks = List.copyOf(removedSidekicks);
      Objects.requireNonNull(interval, "interval");
      if (!launchConfig && sidekicks.isEmpty() && removedSidekicks.isEmpty()) {
        throw new IllegalArgumentException("an upgrade of " + name + " must change something");
      }
    }

    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.UPGRADE;
    }

    public String describe() {
      return "upgrade "
          + name
          + " ("
          + reason
          + "; batch "
          + batchSize
          + ", every "
          + interval.toMillis()
          + " ms"
          + (startFirst ? ", start first" : "")
          + ")";
    }
  }

  record FinishUpgrade(String name, String reason) implements PlanStep {
    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.FINISH;
    }

    public String describe() {
      return "finish upgrade of " + name + " (" + reason + ")";
    }
  }

  record Rollback(String name, String reason) implements PlanStep {
    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.ROLLBACK;
    }

    public String describe() {
      return "roll back " + name + " (" + reason + ")";
    }
  }

  record RemoveService(String name, String reason) implements PlanStep {
    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.REMOVE;
    }

    public String describe() {
      return "remove " + name + " (" + reason + ")";
    }
  }

  record RemoveStack(String stack, String reason) implements PlanStep {
    public Optional<String> service() {
      return Optional.empty();
    }

    public Phase phase() {
      return Phase.REMOVE;
    }

    public String describe() {
      return "remove stack " + stack + " (" + reason + ")";
    }
  }

  /** Wait, within the phase's deadline, until the service reaches {@code target}. */
  record Await(String name, AwaitTarget target, Phase phase, String reason) implements PlanStep {
    public Await {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(phase, "phase");
    }

    public Optional<String> service() {
      return Optional.of(name);
    }

    public String describe() {
      return "wait until " + name + " is " + target.describe() + " (" + reason + ")";
    }
  }

  /**
   * Restart the service's containers in place, {@code batchSize} at a time with {@code interval}
   * between batches (Rancher's {@code rollingRestartStrategy}).
   */
  record Restart(String name, int batchSize, Duration interval, String reason) implements PlanStep {
    public Restart {
      Objects.requireNonNull(interval, "interval");
      // DeployOptions already holds these bounds; a step is never built outside them.
      if (batchSize < 1 || interval.isNegative()) {
        throw new IllegalArgumentException(
            "restart batch " + batchSize + " and interval " + interval + " out of range");
      }
    }

    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.RESTART;
    }

    public String describe() {
      return "restart "
          + name
          + " ("
          + reason
          + "; batch "
          + batchSize
          + ", every "
          + interval.toMillis()
          + " ms)";
    }
  }

  record Scale(String name, int scale, String reason) implements PlanStep {
    public Optional<String> service() {
      return Optional.of(name);
    }

    public Phase phase() {
      return Phase.SCALE;
    }

    public String describe() {
      return "scale " + name + " to " + scale + " (" + reason + ")";
    }
  }

  /** Pull an image on every host before the containers need it (opt-in), with progress per host. */
  record Pull(String image, List<String> services, String reason) implements PlanStep {
    public Pull {
      Objects.requireNonNull(image, "image");
      services = List.copyOf(services);
    }

    public Optional<String> service() {
      return Optional.empty();
    }

    public Phase phase() {
      return Phase.PULL;
    }

    public String describe() {
      return "pull " + image + " on every host (" + reason + ")";
    }
  }
}
