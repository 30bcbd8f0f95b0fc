package io.rancherdeploy.emulator.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Lifecycle;
import io.rancherdeploy.emulator.model.Process;
import io.rancherdeploy.emulator.model.Relation;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.model.Validation;
import io.rancherdeploy.emulator.model.Validation.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stacks (rancher-api.md §5, §6.3): create goes to {@code active} quickly (no server-side compose);
 * remove cascades to the services; upgrade/finishupgrade/rollback/cancelupgrade drive the stack's
 * upgraded services; activateservices/deactivateservices, addoutputs and exportconfig.
 */
final class StackProcesses {

  private static final Map<String, Kind> KINDS =
      Map.ofEntries(
          Map.entry("name", Kind.STRING),
          Map.entry("description", Kind.STRING),
          Map.entry("dockerCompose", Kind.STRING),
          Map.entry("rancherCompose", Kind.STRING),
          Map.entry("environment", Kind.OBJECT),
          Map.entry("externalId", Kind.STRING),
          Map.entry("startOnCreate", Kind.BOOLEAN),
          Map.entry("binding", Kind.OBJECT),
          Map.entry("outputs", Kind.OBJECT),
          Map.entry("group", Kind.STRING),
          Map.entry("system", Kind.BOOLEAN),
          Map.entry("answers", Kind.OBJECT),
          Map.entry("templates", Kind.OBJECT));
  private static final Set<String> UPDATABLE =
      Set.of(
          "name",
          "description",
          "outputs",
          "environment",
          "externalId",
          "group",
          "binding",
          "answers",
          "templates");

  private final Store store;
  private final Scheduler scheduler;
  private final Timings timings;
  private final ServiceProcesses services;

  StackProcesses(Store store, Scheduler scheduler, Timings timings, ServiceProcesses services) {
    this.store = store;
    this.scheduler = scheduler;
    this.timings = timings;
    this.services = services;
  }

  ObjectNode create(String project, ObjectNode input) {
    ObjectNode created =
        store.atomically(
            () -> {
              Validation.types(input, KINDS);
              String name = Validation.requiredString(input, "name");
              Validation.name("name", name);
              checkUnique(project, name, "");
              ObjectNode accepted = ServiceInput.accepted(input);
              return store.create(
                  ResourceType.STACK,
                  project,
                  s -> {
                    s.setAll(accepted);
                    s.put("kind", "stack");
                    s.put("healthState", "healthy");
                    s.putArray("serviceIds");
                    s.put("system", input.path("system").asBoolean(false));
                    s.put("startOnCreate", input.path("startOnCreate").asBoolean(false));
                    for (String field :
                        List.of(
                            "dockerCompose",
                            "rancherCompose",
                            "externalId",
                            "previousExternalId",
                            "group")) {
                      if (!s.has(field)) {
                        s.putNull(field);
                      }
                    }
                    for (String field :
                        List.of("environment", "outputs", "previousEnvironment", "binding")) {
                      if (!s.has(field)) {
                        s.putNull(field);
                      }
                    }
                    Resources.begin(s, "activating");
                    Resources.nextGeneration(s);
                  });
            });
    evaluateSoon(Resources.id(created), timings.stackActivate());
    return created;
  }

  private void checkUnique(String project, String name, String exceptId) {
    boolean taken =
        store
                .list(
                    s ->
                        Resources.type(s).equals("stack")
                            && !Resources.isRemoved(s)
                            && Resources.account(s).equals(project)
                            && !Resources.id(s).equals(exceptId)
                            && Resources.name(s)
                                .toLowerCase(Locale.ROOT)
                                .equals(name.toLowerCase(Locale.ROOT)))
                .size()
            > 0;
    if (taken) {
      throw ApiError.notUnique(
          "name", "Stack name [" + name + "] is already used in this environment");
    }
  }

  ObjectNode update(String id, ObjectNode input) {
    return store.update(
        id,
        s -> {
          Validation.types(input, KINDS);
          if (Resources.isRemoved(s) || Resources.state(s).equals("removing")) {
            throw ApiError.conflict(
                "Stack " + Resources.name(s) + " cannot be updated in state " + Resources.state(s));
          }
          if (input.hasNonNull("name")) {
            Validation.name("name", input.path("name").asText());
            checkUnique(Resources.account(s), input.path("name").asText(), id);
          }
          input
              .fields()
              .forEachRemaining(
                  f -> {
                    if (UPDATABLE.contains(f.getKey())) {
                      s.set(f.getKey(), f.getValue().deepCopy());
                    }
                  });
          return s.deepCopy();
        });
  }

  ObjectNode action(String id, String action, ObjectNode input) {
    ObjectNode stack =
        store.get(id).orElseThrow(() -> ApiError.notFound("stack [" + id + "] not found"));
    if (!Lifecycle.STACK.actionNames().contains(action)) {
      throw ApiError.invalidAction(action, "stack");
    }
    if (!Lifecycle.STACK.actionsIn(Resources.state(stack)).contains(action)) {
      throw action.equals("remove")
          ? ApiError.methodNotAllowed(
              "Stack "
                  + Resources.name(stack)
                  + " cannot be removed in state "
                  + Resources.state(stack))
          : ApiError.actionNotAvailable(action, id, Resources.state(stack));
    }
    return switch (action) {
      case "activateservices" -> forServices(stack, "activate", Set.of("inactive"));
      case "deactivateservices" ->
          forServices(stack, "deactivate", Set.of("active", "activating", "updating-active"));
      case "addoutputs" ->
          store.update(
              id,
              s -> {
                ObjectNode outputs =
                    s.path("outputs").isObject()
                        ? (ObjectNode) s.get("outputs")
                        : s.putObject("outputs");
                input
                    .path("outputs")
                    .fields()
                    .forEachRemaining(f -> outputs.set(f.getKey(), f.getValue()));
                return s.deepCopy();
              });
      case "exportconfig" -> ComposeExport.of(stack, store);
      default -> process(stack, Lifecycle.STACK.process(action).orElseThrow(), input);
    };
  }

  private ObjectNode process(ObjectNode stack, Process process, ObjectNode input) {
    String id = Resources.id(stack);
    ObjectNode started =
        store.update(
            id,
            s -> {
              if (process.name().equals("upgrade")) {
                s.set("previousExternalId", s.path("externalId").deepCopy());
                s.set("previousEnvironment", s.path("environment").deepCopy());
                input
                    .fields()
                    .forEachRemaining(
                        f -> {
                          if (Set.of(
                                  "dockerCompose",
                                  "rancherCompose",
                                  "environment",
                                  "externalId",
                                  "answers")
                              .contains(f.getKey())) {
                            s.set(f.getKey(), f.getValue().deepCopy());
                          }
                        });
              } else if (process.name().equals("rollback")) {
                s.set("externalId", s.path("previousExternalId").deepCopy());
                s.set("environment", s.path("previousEnvironment").deepCopy());
              }
              Resources.begin(s, process.transitioningState());
              Resources.nextGeneration(s);
              return s.deepCopy();
            });
    switch (process.name()) {
      case "remove" ->
          servicesOf(id)
              .forEach(
                  s -> {
                    if (Lifecycle.SERVICE.process("remove").orElseThrow().canStartIn(s.state())) {
                      services.remove(s.id());
                    }
                  });
      case "finishupgrade" -> forServices(stack, "finishupgrade", Set.of("upgraded"));
      case "rollback" ->
          forServices(stack, "rollback", Set.of("upgrading", "upgraded", "canceled-upgrade"));
      case "cancelupgrade" ->
          forServices(stack, "cancelupgrade", Set.of("upgrading", "finishing-upgrade"));
      default -> {}
    }
    evaluateSoon(id, timings.stackActivate());
    return started;
  }

  private ObjectNode forServices(ObjectNode stack, String action, Set<String> fromStates) {
    for (Member service : servicesOf(Resources.id(stack))) {
      if (fromStates.contains(service.state())) {
        services.action(service.id(), action, Store.JSON.createObjectNode());
      }
    }
    return store.get(Resources.id(stack)).orElse(stack);
  }

  /**
   * Moves a stack on once its services allow it; called after every change of one of its services.
   */
  void evaluate(String stackId) {
    Optional<String> state =
        store.read(stackId, s -> Resources.isRemoved(s) ? null : Resources.state(s));
    if (state.isEmpty()) {
      return;
    }
    // Only the states that wait for the services read them: a settled stack costs no scan.
    String next =
        switch (state.get()) {
          case "activating", "upgrading" ->
              state.get().equals("activating") ? "active" : "upgraded";
          case "canceling-upgrade" -> "canceled-upgrade";
          case "erroring" -> "error";
          case "removing" -> servicesOf(stackId).isEmpty() ? "removed" : null;
          case "finishing-upgrade" ->
              none(servicesOf(stackId), Set.of("upgraded", "finishing-upgrade")) ? "active" : null;
          case "rolling-back" ->
              none(servicesOf(stackId), Set.of("rolling-back", "upgraded", "upgrading"))
                  ? "active"
                  : null;
          default -> null;
        };
    if (next != null) {
      store.update(
          stackId,
          s -> {
            Resources.settle(s, next);
            if (next.equals("removed")) {
              s.put("removed", Store.formatTime(store.now()));
              s.put("removeTime", Store.formatTime(store.now()));
            }
            return null;
          });
    }
  }

  private static boolean none(List<Member> services, Set<String> states) {
    return services.stream().noneMatch(s -> states.contains(s.state()));
  }

  /** The stack's services as they are now, read without copying them. */
  private List<Member> servicesOf(String stackId) {
    return store.read(
        Relation.SERVICES_OF_STACK,
        stackId,
        s -> !Resources.isRemoved(s),
        s -> new Member(Resources.id(s), Resources.state(s)));
  }

  private void evaluateSoon(String id, Duration delay) {
    scheduler.schedule(delay, () -> evaluate(id));
  }

  private record Member(String id, String state) {}
}
