package io.rancherdeploy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.core.ErrorKind;
import io.rancherdeploy.core.api.Environment;
import io.rancherdeploy.core.api.EnvironmentChoice;
import io.rancherdeploy.core.api.EnvironmentListing;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.secret.SecretMasker;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code environments}: what the key can see, to check a key and an environment name before a
 * deploy. An account key that sees several environments lists them all.
 */
@Command(
    name = "environments",
    header = EnvironmentsCommand.HEADER,
    aliases = "envs",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Lists the environments (Rancher projects) the API key can see, all of them also for an"
            + " account key; '*' marks the one --environment (or RANCHER_ENVIRONMENT, or the only"
            + " one there is) picks. A quick check of URL, key and --environment: a name that is"
            + " unknown or ambiguous still lists them, and exits 3.")
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
    RancherEndpoint endpoint = connection.endpoint();
    EnvironmentListing listing = RancherClient.listEnvironments(endpoint);
    SecretMasker key =
        SecretMasker.NONE.withBasicAuth(
            endpoint.apiKey().accessKey(), endpoint.apiKey().secretKey());
    Printer printer = Session.printer(context, output, key);
    listing.warnings().forEach(printer::warn);
    Optional<Environment> current = listing.choice().chosen();
    StringBuilder table =
        new StringBuilder(String.format(Locale.ROOT, "  %-8s %-24s %s%n", "ID", "NAME", "STATE"));
    ArrayNode json = ResultJson.MAPPER.createArrayNode();
    for (Environment environment : listing.environments()) {
      boolean chosen = current.filter(c -> c.id().equals(environment.id())).isPresent();
      table.append(
          String.format(
              Locale.ROOT,
              "%s %-8s %-24s %s%n",
              chosen ? "*" : " ",
              environment.id(),
              environment.name(),
              environment.stateName()));
      json.addObject()
          .put("id", environment.id())
          .put("name", environment.name())
          .put("state", environment.stateName())
          .put("current", chosen);
    }
    printer.result(table.toString().stripTrailing());
    printer.resultJson(json.toPrettyString());
    return explain(printer, listing);
  }

  /** Says why no environment is marked; an unknown or ambiguous name is the connection's exit 3. */
  private static int explain(Printer printer, EnvironmentListing listing) {
    EnvironmentChoice choice = listing.choice();
    if (choice instanceof EnvironmentChoice.Unknown unknown) {
      printer.error(
          "No environment the key sees is named or has the id '"
              + unknown.wanted()
              + "': use one of the names or ids above in --environment or RANCHER_ENVIRONMENT.");
      return ErrorKind.AUTHENTICATION.exitCode();
    }
    if (choice instanceof EnvironmentChoice.Ambiguous ambiguous) {
      printer.error(
          "The environment name '"
              + ambiguous.wanted()
              + "' is ambiguous: "
              + ambiguous.matches().stream()
                  .map(Environment::label)
                  .collect(Collectors.joining(", "))
              + " all match. Use the id in --environment or RANCHER_ENVIRONMENT.");
      return ErrorKind.AUTHENTICATION.exitCode();
    }
    if (choice instanceof EnvironmentChoice.NotNamed && listing.environments().size() > 1) {
      printer.info(
          "The key sees "
              + listing.environments().size()
              + " environments: a deploy needs --environment (or RANCHER_ENVIRONMENT) to name"
              + " one.");
    }
    return 0;
  }
}
