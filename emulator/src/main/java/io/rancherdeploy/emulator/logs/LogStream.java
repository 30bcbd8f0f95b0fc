package io.rancherdeploy.emulator.logs;

/** The stream a log line came from, with the two-character code Rancher's agent puts before it. */
public enum LogStream {
  STDOUT("01"),
  STDERR("02"),
  /** A container started with a TTY: Docker cannot tell its streams apart. */
  TTY("00");

  private final String code;

  LogStream(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
