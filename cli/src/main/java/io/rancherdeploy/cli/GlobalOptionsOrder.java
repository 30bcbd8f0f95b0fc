package io.rancherdeploy.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Accepts rancher-compose's order, where the global options come before the command ({@code
 * rancher-compose -p stack up -d}), by moving them after the command name, where picocli reads
 * them. Anything it does not recognise is left as it is, so picocli reports it.
 */
final class GlobalOptionsOrder {
  private static final Set<String> WITH_VALUE =
      Set.of(
          "-p",
          "--project-name",
          "-f",
          "--file",
          "-r",
          "--rancher-file",
          "-e",
          "--env-file",
          "--url",
          "--access-key",
          "--secret-key",
          "--environment",
          "--env",
          "-o",
          "--output");
  private static final Set<String> FLAGS =
      Set.of("--debug", "--verbose", "-q", "--quiet", "--no-color");

  private GlobalOptionsOrder() {}

  static String[] normalize(String... args) {
    List<String> globals = new ArrayList<>();
    int i = 0;
    while (i < args.length && args[i].startsWith("-")) {
      String name = args[i].contains("=") ? args[i].substring(0, args[i].indexOf('=')) : args[i];
      if (FLAGS.contains(name)) {
        globals.add(args[i++]);
      } else if (WITH_VALUE.contains(name)) {
        globals.add(args[i++]);
        if (!args[i - 1].contains("=")) {
          if (i == args.length) {
            return args;
          }
          globals.add(args[i++]);
        }
      } else {
        return args;
      }
    }
    if (globals.isEmpty() || i == args.length) {
      return args;
    }
    List<String> result = new ArrayList<>(args.length);
    result.add(args[i]);
    result.addAll(globals);
    result.addAll(Arrays.asList(args).subList(i + 1, args.length));
    return result.toArray(String[]::new);
  }
}
