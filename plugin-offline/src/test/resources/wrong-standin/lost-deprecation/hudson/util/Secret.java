package hudson.util;

public final class Secret {
  private Secret() {}

  @Override
  public String toString() {
    return "";
  }

  public static String toString(Secret s) {
    return "";
  }
}
