package io.rancherdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.cli.options.StackOptions;
import io.rancherdeploy.core.api.Container;
import io.rancherdeploy.core.api.Filters;
import io.rancherdeploy.core.api.Host;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Stack;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ps}: the stack's services and containers as Rancher sees them now. */
@Command(
    name = "ps",
    header = PsCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Lists the stack's services (state, health, scale, image) and their containers (state,"
            + " health, host). Reads only.")
final class PsCommand implements Callable<Integer> {
  static final String HEADER = "List the stack's services and containers.";

  private final CliContext context;

  @Mixin StackOptions stack;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  PsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    String name = stack.stack();
    return new EngineRun(context, connection, output)
        .reading(
            false,
            (client, printer) -> {
              Stack found = StackLookup.require(client, name);
              Map<String, String> hosts = new HashMap<>();
              client
                  .list(ResourceType.HOST, Filters.none())
                  .forEach(h -> hosts.put(h.id(), hostName(h)));
              List<Service> services =
                  client.list(
                      ResourceType.SERVICE, Filters.where("stackId", found.id()).notRemoved());
              StringBuilder text =
                  new StringBuilder(
                      String.format(
                          Locale.ROOT,
                          "%-32s %-12s %-10s %-9s %s%n",
                          "NAME",
                          "STATE",
                          "HEALTH",
                          "SCALE",
                          "IMAGE / HOST"));
              ArrayNode json = ResultJson.MAPPER.createArrayNode();
              for (Service service : services) {
                ObjectNode s =
                    json.addObject()
                        .put("service", service.name())
                        .put("state", service.stateName())
                        .put("health", service.healthState().orElse(""))
                        .put("scale", service.scale())
                        .put("image", image(service.imageUuid().orElse("")));
                text.append(
                    String.format(
                        Locale.ROOT,
                        "%-32s %-12s %-10s %-9s %s%n",
                        service.name(),
                        service.stateName(),
                        service.healthState().orElse("-"),
                        service.scale(),
                        image(service.imageUuid().orElse(""))));
                ArrayNode containers = s.putArray("containers");
                for (Container c : client.link(service, "instances", ResourceType.INSTANCE)) {
                  if (c.isRemoved()) {
                    continue;
                  }
                  String host = c.hostId().map(id -> hosts.getOrDefault(id, id)).orElse("-");
                  containers
                      .addObject()
                      .put("name", c.name())
                      .put("state", c.stateName())
                      .put("health", c.healthState().orElse(""))
                      .put("host", host);
                  text.append(
                      String.format(
                          Locale.ROOT,
                          "  %-30s %-12s %-10s %-9s %s%n",
                          c.name(),
                          c.stateName(),
                          c.healthState().orElse("-"),
                          "",
                          host));
                }
              }
              printer.result(text.toString().stripTrailing());
              printer.resultJson(json.toPrettyString());
              return 0;
            });
  }

  private static String hostName(Host host) {
    return host.hostname().orElse(host.name().isEmpty() ? host.id() : host.name());
  }

  private static String image(String imageUuid) {
    return imageUuid.startsWith("docker:") ? imageUuid.substring("docker:".length()) : imageUuid;
  }
}
