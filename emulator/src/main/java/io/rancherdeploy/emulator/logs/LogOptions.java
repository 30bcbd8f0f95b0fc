package io.rancherdeploy.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The input of a container's {@code logs} action ({@code containerLogs}). Cattle's defaults apply
 * to absent fields: rancher-compose posts {@code null} and so gets follow, 100 lines and
 * timestamps. {@code lines <= 0} means every line still held.
 */
public record LogOptions(boolean follow, int lines, boolean timestamps, Optional<Instant> since) {

  public static final int DEFAULT_LINES = 100;

  public LogOptions {
    Objects.requireNonNull(since, "since");
  }

  public static LogOptions defaults() {
    return new LogOptions(true, DEFAULT_LINES, true, Optional.empty());
  }

  /**
   * Reads the action's JSON input; {@code now} (the emulator's clock) anchors relative {@code
   * since} values such as {@code 10m}.
   *
   * @throws LogInputException naming the field when a value has the wrong type or form
   */
  public static LogOptions fromInput(JsonNode input, Instant now) {
    if (input == null || input.isNull() || input.isMissingNode()) {
      return defaults();
    }
    if (!input.isObject()) {
      throw new LogInputException(
          "",
          "the logs action takes a JSON object "
              + "{follow, lines, timestamps, since}, got "
              + input.getNodeType());
    }
    boolean follow = bool(input, "follow", true);
    boolean timestamps = bool(input, "timestamps", true);
    int lines = DEFAULT_LINES;
    JsonNode linesNode = input.get("lines");
    if (linesNode != null && !linesNode.isNull()) {
      if (!linesNode.canConvertToInt() || !linesNode.isIntegralNumber()) {
        throw new LogInputException(
            "lines",
            "lines must be a whole number (how many of the "
                + "last lines to send), got "
                + linesNode);
      }
      lines = linesNode.intValue();
    }
    Optional<Instant> since = Optional.empty();
    JsonNode sinceNode = input.get("since");
    if (sinceNode != null && !sinceNode.isNull()) {
      String text = sinceNode.isNumber() ? sinceNode.asText() : sinceNode.textValue();
      if (text == null) {
        throw new LogInputException("since", "since must be a string, got " + sinceNode);
      }
      since = LogSince.parse(text, now);
    }
    return new LogOptions(follow, lines, timestamps, since);
  }

  private static boolean bool(JsonNode input, String field, boolean fallback) {
    JsonNode node = input.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      throw new LogInputException(field, field + " must be true or false, got " + node);
    }
    return node.booleanValue();
  }
}
