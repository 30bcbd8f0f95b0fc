package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ConnectionOptions;
import io.rancherdeploy.cli.options.DurationConverter;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.cli.options.StackOptions;
import io.rancherdeploy.core.api.Filters;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.api.Stack;
import io.rancherdeploy.core.logs.LogFormat;
import io.rancherdeploy.core.logs.LogStreamer;
import io.rancherdeploy.core.logs.LogStreamerBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code logs}: the stack's containers' output, as {@code rancher logs} prints it. */
@Command(
    name = "logs",
    header = LogsCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Prints the logs of the stack's containers (or the named services'), each line prefixed"
            + " [service/container] unless --raw. With -f it follows, also new containers, until"
            + " Ctrl-C or --follow-for.")
final class LogsCommand implements Callable<Integer> {
  static final String HEADER = "Print (or follow) the logs of the stack's containers.";

  private final CliContext context;

  @Mixin StackOptions stack;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep following (rancher-compose logs --follow).")
  boolean follow;

  @Option(
      names = "--follow-for",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "With -f: stop after this long, with exit 0 (for CI).")
  Duration followFor;

  @Option(
      names = "--tail",
      paramLabel = "N",
      defaultValue = "100",
      description = "Lines of history per container (default: ${DEFAULT-VALUE}).")
  int tail;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      description = "Only lines since a time (2026-01-31T10:00:00Z) or for a duration back (10m).")
  String since;

  @Option(
      names = {"-t", "--timestamps"},
      description = "Show each line's Docker timestamp.")
  boolean timestamps;

  @Option(
      names = "--raw",
      description = "The lines as the containers wrote them, without the prefix.")
  boolean raw;

  @Parameters(
      paramLabel = "SERVICE",
      description = "Only these services (default: every service of the stack).")
  List<String> services = new ArrayList<>();

  LogsCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    String name = stack.stack();
    Instant from = since == null ? null : since();
    if (tail < 0) {
      throw new InvalidInputException("--tail must be 0 or more, got " + tail + ".");
    }
    EngineRun run = new EngineRun(context, connection, output);
    // Following picks up new containers from the events websocket; a one-off read needs none.
    EngineRun.Work work =
        (client, printer) -> {
          Stack found = StackLookup.require(client, name);
          LogStreamerBuilder builder =
              LogStreamer.builder(client)
                  .tail(tail)
                  .follow(follow)
                  .masker(client.masker().with(Session.environmentSecrets(context)));
          if (services.isEmpty()) {
            builder.stack(found);
          } else {
            builder.services(services(client, found));
          }
          if (from != null) {
            builder.since(from);
          }
          if (follow && followFor != null) {
            builder.stopAfter(followFor);
          }
          LogFormat format = (raw ? LogFormat.RAW : LogFormat.PREFIXED).withTimestamps(timestamps);
          try (LogStreamer streamer = builder.start();
              Interruption ignored =
                  Interruption.cancelling(streamer::close, Duration.ofSeconds(2))) {
            streamer.forEach(line -> printer.log(format.format(line)));
            streamer
                .endedBecause()
                .ifPresent(why -> printer.warn("Stopped following: " + why + "."));
          }
          return 0;
        };
    return follow ? run.connected(false, work) : run.reading(false, work);
  }

  private List<Service> services(RancherClient client, Stack found) {
    List<Service> selected = new ArrayList<>();
    for (String service : services) {
      selected.add(
          client
              .findByName(ResourceType.SERVICE, service, Filters.where("stackId", found.id()))
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "Stack " + found.name() + " has no service '" + service + "'.")));
    }
    return selected;
  }

  private Instant since() {
    try {
      return Instant.parse(since);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return Instant.now().minus(DurationConverter.parse(since));
      } catch (RuntimeException notADuration) {
        throw new InvalidInputException(
            "--since '"
                + since
                + "' is neither a time (2026-01-31T10:00:00Z) nor a "
                + "duration (10m).");
      }
    }
  }
}
