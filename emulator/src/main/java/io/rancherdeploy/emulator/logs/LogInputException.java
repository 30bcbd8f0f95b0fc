package io.rancherdeploy.emulator.logs;

/**
 * A bad value in a {@code logs} action's input; the HTTP layer answers 422 with {@code fieldName}.
 */
public final class LogInputException extends IllegalArgumentException {

  private final String fieldName;

  public LogInputException(String fieldName, String message) {
    super(message);
    this.fieldName = fieldName;
  }

  /** The input field at fault, or empty when the whole input is. */
  public String fieldName() {
    return fieldName;
  }
}
