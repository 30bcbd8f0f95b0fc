package io.rancherdeploy.bench.logs;

import java.io.IOException;

/** The benchmark's arguments ({@code name=value}), with their defaults. */
record Settings(
    int containers,
    int rate,
    int seconds,
    int warmup,
    int queue,
    int tail,
    int buffer,
    boolean separateProcess,
    int emulatorHeap) {

  static Settings parse(String[] args) {
    String emulator = text(args, "emulator", "process");
    if (!emulator.equals("process") && !emulator.equals("inprocess")) {
      throw new IllegalArgumentException(
          "emulator=" + emulator + ": say emulator=process (default) or emulator=inprocess");
    }
    return new Settings(
        number(args, "containers", 20),
        number(args, "rate", 5000),
        number(args, "seconds", 10),
        number(args, "warmup", 3),
        number(args, "queue", 10_000),
        number(args, "tail", 1),
        number(args, "buffer", 20_000),
        emulator.equals("process"),
        number(args, "emulatorHeap", 512));
  }

  LogEmulator startEmulator() throws IOException {
    return separateProcess
        ? LogEmulator.process(rate, buffer, emulatorHeap)
        : LogEmulator.inProcess(rate, buffer);
  }

  private static int number(String[] args, String name, int fallback) {
    String value = text(args, name, Integer.toString(fallback));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + "=" + value + ": give a whole number", e);
    }
  }

  private static String text(String[] args, String name, String fallback) {
    for (String arg : args) {
      if (arg.startsWith(name + "=")) {
        return arg.substring(name.length() + 1);
      }
    }
    return fallback;
  }
}
