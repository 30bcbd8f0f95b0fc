package io.rancherdeploy.emulator.config;

/** A bad emulator config file: the message names the file, the field (or line) and the fix. */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }
}
