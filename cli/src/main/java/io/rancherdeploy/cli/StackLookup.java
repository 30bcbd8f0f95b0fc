package io.rancherdeploy.cli;

import io.rancherdeploy.core.api.Filters;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.compose.Suggestions;
import java.util.List;
import java.util.Optional;

/**
 * The stack a command names, found before anything else, or one paragraph that names the stack and
 * the environment, lists the stacks that exist there and suggests the nearest name (exit 2).
 */
final class StackLookup {
  /** How many stack names the paragraph lists before it says "and N more". */
  static final int LISTED = 20;

  private StackLookup() {}

  static Stack require(RancherClient client, String name) {
    Optional<Stack> found = client.findByName(ResourceType.STACK, name);
    if (found.isPresent()) {
      return found.get();
    }
    List<String> existing =
        client.list(ResourceType.STACK, Filters.none().notRemoved()).stream()
            .filter(s -> !s.isRemoved())
            .map(Stack::name)
            .sorted(String.CASE_INSENSITIVE_ORDER)
            .toList();
    throw new InvalidInputException(missing(name, client.environment().label(), existing));
  }

  /** The paragraph for a stack that does not exist among {@code existing}. */
  static String missing(String name, String environment, List<String> existing) {
    StringBuilder text =
        new StringBuilder("There is no stack '" + name + "' in environment " + environment + ".");
    if (existing.isEmpty()) {
      text.append(" That environment has no stacks.");
    } else {
      text.append(" Its stacks: ")
          .append(String.join(", ", existing.subList(0, Math.min(LISTED, existing.size()))));
      if (existing.size() > LISTED) {
        text.append(" and ").append(existing.size() - LISTED).append(" more");
      }
      text.append('.');
      Suggestions.closest(name, existing)
          .ifPresent(nearest -> text.append(" Did you mean '").append(nearest).append("'?"));
    }
    return text.append(" Check -p and --environment (or RANCHER_ENVIRONMENT).").toString();
  }
}
