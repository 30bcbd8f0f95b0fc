package io.rancherdeploy.core.deploy.plan;

import io.rancherdeploy.core.deploy.DeployOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks that need only the files, the options and the snapshot; each problem says what is
 * wrong and the fix. Checks that depend on what the planner decides (start-first with host ports,
 * leftover upgrades) live next to those decisions.
 */
final class PlanValidator {
  /** Rancher's rule for stack and service names (rancher-api.md §8.6). */
  private static final Pattern RANCHER_NAME =
      Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");

  private PlanValidator() {}

  static List<String> check(
      String stack, List<DesiredService> desired, RemoteState remote, DeployOptions options) {
    List<String> problems = new ArrayList<>();
    if (!RANCHER_NAME.matcher(stack).matches()) {
      problems.add(
          "stack name '"
              + stack
              + "' is not a valid Rancher name: use letters, digits and '-' "
              + "(not first or last), at most 63 characters");
    }
    Set<String> names =
        desired.stream().map(DesiredService::name).collect(Collectors.toCollection(TreeSet::new));
    for (DesiredService service : desired) {
      if (!RANCHER_NAME.matcher(service.name()).matches()) {
        problems.add(
            "service name '"
                + service.name()
                + "' is not a valid Rancher name (Rancher answers 422 "
                + "InvalidCharacters): rename it with letters, digits and '-' only, e.g. '"
                + service.name().replaceAll("[^a-zA-Z0-9-]", "-")
                + "'");
      }
    }
    unknownNames("services option", options.services(), names, problems);
    unknownNames("images option", options.images().keySet(), names, problems);
    if (remote.stackId().isEmpty() && !options.createStack()) {
      problems.add(
          "stack "
              + stack
              + " does not exist in this environment: check the stack and environment "
              + "names, or allow creating it (DeployOptions.createStack, CLI --create-stack)");
    }
    checkLinks(desired, remote, options, problems);
    return problems;
  }

  private static void unknownNames(
      String what, Set<String> asked, Set<String> known, List<String> problems) {
    for (String name : new TreeSet<>(asked)) {
      if (!known.contains(name)) {
        problems.add(
            what
                + " names service '"
                + name
                + "', which the compose files do not define; they define: "
                + String.join(", ", known));
      }
    }
  }

  private static void checkLinks(
      List<DesiredService> desired,
      RemoteState remote,
      DeployOptions options,
      List<String> problems) {
    Set<String> inFiles = desired.stream().map(DesiredService::name).collect(Collectors.toSet());
    Set<String> deployed = options.services().isEmpty() ? inFiles : options.services();
    for (DesiredService service : desired) {
      if (!deployed.contains(service.name())) {
        continue;
      }
      for (String target : service.needs()) {
        boolean coming = deployed.contains(target);
        boolean present = remote.service(target).isPresent();
        if (!inFiles.contains(target) && remote.service(target).isEmpty()) {
          problems.add(
              "service "
                  + service.name()
                  + " links to or depends on '"
                  + target
                  + "', which is neither in the compose files nor in the stack: add it or fix the"
                  + " link");
        } else if (!coming && !present) {
          problems.add(
              "service "
                  + service.name()
                  + " needs '"
                  + target
                  + "', which is not running and not "
                  + "selected: add "
                  + target
                  + " to the services to deploy");
        }
      }
    }
  }
}
