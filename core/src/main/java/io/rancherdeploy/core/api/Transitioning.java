package io.rancherdeploy.core.api;

import java.util.Locale;

/** Rancher's {@code transitioning} field: a process is running, none is, or the last one failed. */
public enum Transitioning {
  YES,
  NO,
  ERROR;

  /** Missing or unknown values read as {@link #NO}, as Rancher only ever sends the three words. */
  public static Transitioning of(String value) {
    if (value == null) {
      return NO;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes" -> YES;
      case "error" -> ERROR;
      default -> NO;
    };
  }
}
