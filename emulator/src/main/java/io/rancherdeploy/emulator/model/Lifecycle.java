package io.rancherdeploy.emulator.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A resource type's state machine as an explicit table, plus the actions that run no process and
 * are therefore always offered (rancher-api.md §6.5). The actions of a resource are computed from
 * it.
 */
public final class Lifecycle {

  private static final Set<String> SERVICE_UPDATABLE =
      Set.of(
          "inactive",
          "active",
          "updating-active",
          "finishing-upgrade",
          "activating",
          "canceling-upgrade",
          "upgrading",
          "rolling-back");

  public static final Lifecycle SERVICE =
      new Lifecycle(
          List.of(
              new Process("create", Set.of("requested"), "registering", "inactive"),
              new Process("activate", Set.of("inactive", "restarting"), "activating", "active"),
              new Process(
                  "deactivate",
                  Set.of(
                      "restarting", "active", "activating", "updating-inactive", "updating-active"),
                  "deactivating",
                  "inactive"),
              new Process(
                  "upgrade",
                  Set.of("active", "activating", "inactive", "updating-active"),
                  "upgrading",
                  "upgraded"),
              new Process("continueupgrade", Set.of("canceled-upgrade"), "upgrading", "upgraded"),
              new Process(
                  "cancelupgrade",
                  Set.of("upgrading", "finishing-upgrade"),
                  "canceling-upgrade",
                  "canceled-upgrade"),
              new Process(
                  "rollback",
                  Set.of("upgrading", "upgraded", "canceled-upgrade"),
                  "rolling-back",
                  "active"),
              new Process("finishupgrade", Set.of("upgraded"), "finishing-upgrade", "active"),
              new Process("restart", Set.of("active"), "restarting", "active"),
              new Process(
                  "remove",
                  Set.of(
                      "inactive",
                      "registering",
                      "active",
                      "activating",
                      "updating-active",
                      "updating-inactive",
                      "upgrading",
                      "canceling-upgrade",
                      "rolling-back",
                      "deactivating",
                      "requested",
                      "canceled-upgrade",
                      "upgraded",
                      "finishing-upgrade",
                      "restarting"),
                  "removing",
                  "removed")),
          List.of("setservicelinks", "addservicelink", "removeservicelink"),
          SERVICE_UPDATABLE);

  public static final Lifecycle STACK =
      new Lifecycle(
          List.of(
              new Process("create", Set.of("requested"), "activating", "active"),
              new Process("upgrade", Set.of("active", "canceled-upgrade"), "upgrading", "upgraded"),
              new Process(
                  "cancelupgrade",
                  Set.of("upgrading", "finishing-upgrade"),
                  "canceling-upgrade",
                  "canceled-upgrade"),
              new Process(
                  "rollback",
                  Set.of("upgrading", "upgraded", "canceled-upgrade"),
                  "rolling-back",
                  "active"),
              new Process("finishupgrade", Set.of("upgraded"), "finishing-upgrade", "active"),
              new Process("error", Set.of("activating"), "erroring", "error"),
              new Process(
                  "remove",
                  Set.of(
                      "requested",
                      "activating",
                      "active",
                      "updating-active",
                      "upgrading",
                      "upgraded",
                      "canceling-upgrade",
                      "canceled-upgrade",
                      "rolling-back",
                      "finishing-upgrade",
                      "erroring",
                      "error"),
                  "removing",
                  "removed")),
          List.of("activateservices", "deactivateservices", "addoutputs", "exportconfig"),
          Set.of("active"));

  public static final Lifecycle CONTAINER =
      new Lifecycle(
          List.of(
              new Process("create", Set.of("requested"), "creating", "stopped"),
              new Process("start", Set.of("stopped"), "starting", "running"),
              new Process(
                  "stop",
                  Set.of(
                      "creating",
                      "running",
                      "starting",
                      "restarting",
                      "updating-running",
                      "updating-stopped"),
                  "stopping",
                  "stopped"),
              new Process("restart", Set.of("running"), "restarting", "running"),
              new Process(
                  "remove",
                  Set.of(
                      "requested",
                      "creating",
                      "updating-running",
                      "updating-stopped",
                      "stopped",
                      "erroring",
                      "error"),
                  "removing",
                  "removed"),
              new Process("purge", Set.of("removed"), "purging", "purged"),
              new Process("error", Set.of("creating", "stopped"), "erroring", "error"),
              new Process("migrate", Set.of("running"), "migrating", "running")),
          List.of("logs"),
          Set.of("running", "stopped"));

  public static final Lifecycle HOST =
      new Lifecycle(
          List.of(
              new Process("create", Set.of("requested"), "registering", "active"),
              new Process("activate", Set.of("inactive"), "activating", "active"),
              new Process("deactivate", Set.of("active"), "deactivating", "inactive"),
              new Process("remove", Set.of("inactive"), "removing", "removed")),
          List.of(),
          Set.of("active", "inactive"));

  public static final Lifecycle LINK =
      new Lifecycle(
          List.of(
              new Process("create", Set.of("requested"), "activating", "active"),
              new Process("remove", Set.of("active", "activating"), "removing", "removed")),
          List.of(),
          Set.of());

  public static final Lifecycle PULL_TASK =
      new Lifecycle(
          List.of(new Process("create", Set.of("requested"), "activating", "active")),
          List.of(),
          Set.of());

  /** Resources without a state machine (settings, projects, logs): always {@code active}. */
  public static final Lifecycle STATIC = new Lifecycle(List.of(), List.of(), Set.of());

  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final List<String> alwaysOffered;
  private final Set<String> updatableStates;

  private Lifecycle(
      List<Process> processes, List<String> alwaysOffered, Set<String> updatableStates) {
    processes.forEach(p -> this.processes.put(p.name(), p));
    this.alwaysOffered = List.copyOf(alwaysOffered);
    this.updatableStates = Set.copyOf(updatableStates);
  }

  public static Lifecycle of(ResourceType type) {
    return switch (type) {
      case STACK -> STACK;
      case SERVICE, LOAD_BALANCER_SERVICE, DNS_SERVICE, EXTERNAL_SERVICE -> SERVICE;
      case CONTAINER -> CONTAINER;
      case HOST -> HOST;
      case SERVICE_CONSUME_MAP -> LINK;
      case PULL_TASK -> PULL_TASK;
      default -> STATIC;
    };
  }

  public Optional<Process> process(String name) {
    return Optional.ofNullable(processes.get(name));
  }

  /**
   * Every action name the schema lists (processes other than create, then the always-offered ones).
   */
  public List<String> actionNames() {
    List<String> names = new ArrayList<>();
    processes.keySet().stream().filter(n -> !n.equals("create")).forEach(names::add);
    names.addAll(alwaysOffered);
    return names;
  }

  public boolean isAlwaysOffered(String action) {
    return alwaysOffered.contains(action);
  }

  /**
   * The actions offered in {@code state}: §6.5 (process actions by start state; others unless
   * removed).
   */
  public List<String> actionsIn(String state) {
    List<String> offered = new ArrayList<>();
    for (Process p : processes.values()) {
      if (!p.name().equals("create") && p.canStartIn(state)) {
        offered.add(p.name());
      }
    }
    if (!state.equals("removed") && !state.equals("removing") && !state.equals("purged")) {
      offered.addAll(alwaysOffered);
    }
    return offered;
  }

  /** Whether a PUT may change a resource in {@code state}. */
  public boolean updatableIn(String state) {
    return updatableStates.contains(state);
  }

  /**
   * Whether {@code state} is a transitioning state of this machine (some process shows it while
   * running).
   */
  public boolean isTransitioning(String state) {
    return processes.values().stream().anyMatch(p -> p.transitioningState().equals(state))
        || state.startsWith("updating-");
  }
}
