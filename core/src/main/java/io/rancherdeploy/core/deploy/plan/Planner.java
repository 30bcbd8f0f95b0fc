package io.rancherdeploy.core.deploy.plan;

import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.Phase;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides a deploy: (the services in the files, a snapshot of the stack, the options) to a {@link
 * DeployPlan}. Pure: no I/O, no clock, the same inputs give the same plan. Every problem it can see
 * is reported at once, in a {@link PlanRejectedException}, before the executor sends anything that
 * changes the server.
 */
public final class Planner {
  private Planner() {}

  public static DeployPlan plan(
      String stack, List<DesiredService> files, RemoteState remote, DeployOptions options) {
    List<String> problems = new ArrayList<>(PlanValidator.check(stack, files, remote, options));
    List<DesiredService> desired = ImageOverrides.apply(files, options.images());
    List<String> warnings = new ArrayList<>();
    Map<String, ServicePlan> drafts = new LinkedHashMap<>();
    Map<String, List<PlanStep>> finishes = new LinkedHashMap<>();
    List<PlanStep> leftovers = new ArrayList<>();
    for (DesiredService service : selected(desired, options)) {
      ServiceDecision.Decision d =
          ServiceDecision.decide(service, remote.service(service.name()), options);
      drafts.put(service.name(), d.plan());
      finishes.put(service.name(), d.finish());
      leftovers.addAll(d.leftover());
      problems.addAll(d.problems());
      warnings.addAll(d.warnings());
    }
    if (!problems.isEmpty()) {
      throw new PlanRejectedException(stack, problems);
    }
    DependencyOrder order = DependencyOrder.of(needs(desired, drafts));
    warnings.addAll(order.warnings());
    List<ServicePlan> services = new ArrayList<>();
    List<PlanStep> complete = new ArrayList<>();
    for (String name : order.order()) {
      ServicePlan draft = drafts.get(name);
      Set<String> after =
          order.after(name).stream()
              .filter(target -> !drafts.get(target).steps().isEmpty())
              .collect(Collectors.toSet());
      services.add(
          new ServicePlan(
              name,
              draft.action(),
              draft.reason(),
              draft.changes(),
              after,
              draft.steps(),
              draft.oldImage(),
              draft.newImage()));
      complete.addAll(finishes.get(name));
    }
    List<PlanStep> prepare = new ArrayList<>(pulls(desired, services, options));
    prepare.addAll(prepare(stack, remote, drafts.keySet(), options));
    prepare.addAll(leftovers);
    services.addAll(leftOut(desired, remote, options, complete, warnings));
    return new DeployPlan(stack, prepare, services, complete, warnings);
  }

  /**
   * The services as the deploy will send them: the files with the caller's image overrides applied.
   */
  public static List<DesiredService> effective(List<DesiredService> files, DeployOptions options) {
    return ImageOverrides.apply(files, options.images());
  }

  /** With {@code pull}: each image that new containers will run, once, before anything changes. */
  private static List<PlanStep> pulls(
      List<DesiredService> desired, List<ServicePlan> services, DeployOptions options) {
    if (!options.pull()) {
      return List.of();
    }
    Map<String, List<String>> images = new LinkedHashMap<>();
    for (ServicePlan plan : services) {
      if (plan.action() != ServiceAction.CREATE && plan.action() != ServiceAction.UPGRADE) {
        continue;
      }
      DesiredService service =
          desired.stream().filter(d -> d.name().equals(plan.service())).findFirst().orElseThrow();
      List<Map<String, Object>> configs = new ArrayList<>(service.sidekicks().values());
      configs.add(0, service.launchConfig());
      for (Map<String, Object> config : configs) {
        String image = String.valueOf(config.getOrDefault("imageUuid", ""));
        if (!image.isEmpty()) {
          images.computeIfAbsent(image, k -> new ArrayList<>()).add(plan.service());
        }
      }
    }
    List<PlanStep> pulls = new ArrayList<>();
    images.forEach(
        (image, names) ->
            pulls.add(
                new PlanStep.Pull(
                    image,
                    names.stream().distinct().toList(),
                    "pull is on; needed by "
                        + String.join(", ", names.stream().distinct().toList()))));
    return pulls;
  }

  private static List<DesiredService> selected(
      List<DesiredService> desired, DeployOptions options) {
    return desired.stream()
        .filter(s -> options.services().isEmpty() || options.services().contains(s.name()))
        .toList();
  }

  private static Map<String, Set<String>> needs(
      List<DesiredService> desired, Map<String, ServicePlan> drafts) {
    Map<String, Set<String>> needs = new LinkedHashMap<>();
    desired.stream()
        .filter(s -> drafts.containsKey(s.name()))
        .forEach(s -> needs.put(s.name(), s.needs()));
    return needs;
  }

  private static List<PlanStep> prepare(
      String stack, RemoteState remote, Set<String> names, DeployOptions options) {
    List<PlanStep> prepare = new ArrayList<>();
    if (remote.stackId().isEmpty()) {
      prepare.add(new PlanStep.CreateStack(stack, "it does not exist and createStack is on"));
    }
    if (options.strategy() == Strategy.RECREATE) {
      for (RemoteService old : remote.services()) {
        if (names.contains(old.name())) {
          prepare.add(new PlanStep.RemoveService(old.name(), "recreate removes it first"));
          prepare.add(
              new PlanStep.Await(
                  old.name(), AwaitTarget.REMOVED, Phase.REMOVE, "gone before it is created"));
        }
      }
    }
    return prepare;
  }

  /**
   * Services in the stack but not in the files: removed at the very end with prune, otherwise
   * named.
   */
  private static List<ServicePlan> leftOut(
      List<DesiredService> desired,
      RemoteState remote,
      DeployOptions options,
      List<PlanStep> complete,
      List<String> warnings) {
    Set<String> inFiles =
        desired.stream()
            .map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.toSet());
    List<ServicePlan> removals = new ArrayList<>();
    for (RemoteService old : remote.services()) {
      if (inFiles.contains(old.name().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (!options.prune()) {
        warnings.add(
            "service "
                + old.name()
                + " is in the stack but not in the files (prune would remove it)");
        continue;
      }
      complete.add(new PlanStep.RemoveService(old.name(), "prune: no longer in the files"));
      complete.add(new PlanStep.Await(old.name(), AwaitTarget.REMOVED, Phase.REMOVE, "pruned"));
      removals.add(
          new ServicePlan(
              old.name(),
              ServiceAction.REMOVE,
              "prune: no longer in the files",
              List.of(),
              Set.of(),
              List.of(),
              old.imageIfAny(),
              Optional.empty()));
    }
    return removals;
  }
}
