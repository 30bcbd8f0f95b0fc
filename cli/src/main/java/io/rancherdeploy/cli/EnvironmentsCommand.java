package io.rancherdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.core.api.Environment;
import io.rancherdeploy.core.api.RancherClient;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code environments}: what the key can see, to check a key and an environment name before a
 * deploy.
 */
@Command(
    name = "environments",
    header = EnvironmentsCommand.HEADER,
    aliases = "envs",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Lists the environments (Rancher projects) the API key can see; '*' marks the one a deploy "
            + "with these options would use. A quick check of URL, key and --environment.")
final class EnvironmentsCommand implements Callable<Integer> {
  static final String HEADER = "List the environments the API key can see.";

  private final CliContext context;

  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  EnvironmentsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (RancherClient client = RancherClient.connect(connection.endpoint())) {
      Printer printer = Session.printer(context, output, client);
      client.warnings().forEach(printer::warn);
      Environment current = client.environment();
      StringBuilder table =
          new StringBuilder(String.format(Locale.ROOT, "  %-8s %-24s %s%n", "ID", "NAME", "STATE"));
      ArrayNode json = ResultJson.MAPPER.createArrayNode();
      for (Environment environment : client.environments()) {
        boolean chosen = environment.id().equals(current.id());
        table.append(
            String.format(
                Locale.ROOT,
                "%s %-8s %-24s %s%n",
                chosen ? "*" : " ",
                environment.id(),
                environment.name(),
                environment.stateName()));
        json.addObject().put("id", environment.id()).put("name", environment.name())
            .put("state", environment.stateName()).put("current", chosen);
      }
      printer.result(table.toString().stripTrailing());
      printer.resultJson(ResultJson.MAPPER.valueToTree(json).toPrettyString());
      return 0;
    }
  }
}
