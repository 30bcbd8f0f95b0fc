package io.jenkins.plugins.rancherdeploy.run;

import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Strategy;
import io.rancherdeploy.core.deploy.Timeouts;
import io.rancherdeploy.core.deploy.VerifyProbe;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the step's and the builder's parameters into core's {@link DeployOptions}. Every bad value
 * fails here, before anything talks to Rancher, with a message that names the parameter and what it
 * accepts.
 */
public final class OptionMapping {
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

  private OptionMapping() {}

  public static DeployOptions toOptions(DeploySettings s) {
    DeployOptions.Builder b = DeployOptions.builder();
    if (s.strategy != null) {
      b.strategy(choice("strategy", s.strategy, Strategy.class));
    }
    b.services(list(s.services));
    b.force(s.force);
    if (s.batchSize != null) {
      b.batchSize(positive("batchSize", s.batchSize));
    }
    if (s.interval != null) {
      b.interval(duration("interval", s.interval));
    }
    if (s.startFirst != null) {
      b.startFirst(s.startFirst);
    }
    b.finish(s.finish);
    if (s.onFailure != null) {
      b.onFailure(choice("onFailure", s.onFailure, OnFailure.class));
    }
    if (s.leftoverUpgrade != null) {
      b.leftoverUpgrade(choice("leftoverUpgrade", s.leftoverUpgrade, LeftoverUpgrade.class));
    }
    b.timeouts(timeouts(s));
    if (s.parallelism != null) {
      b.parallelism(positive("parallelism", s.parallelism));
    }
    b.prune(s.prune).pull(s.pull).followLogs(s.followLogs).createStack(s.createStack);
    if (s.healthGrace != null) {
      b.healthGrace(duration("healthGrace", s.healthGrace));
    }
    VariableLines.parse("images", s.images).forEach(b::image);
    if (s.verifyUrl != null) {
      b.verify(verifyProbe(s));
    }
    return b.build();
  }

  /** The probe: the URL, and the engine's defaults for what is not set. */
  static VerifyProbe verifyProbe(DeploySettings s) {
    VerifyProbe defaults = VerifyProbe.of(httpUri("verifyUrl", s.verifyUrl));
    int status = s.verifyStatus == null ? defaults.expectedStatus() : s.verifyStatus;
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException(
          "verifyStatus must be an HTTP status (100-599), got " + status);
    }
    Duration interval =
        s.verifyInterval == null
            ? defaults.interval()
            : duration("verifyInterval", s.verifyInterval);
    if (interval.isZero()) {
      throw new IllegalArgumentException("verifyInterval must be longer than zero, e.g. 1s");
    }
    if (s.verifyMaxFailures != null && s.verifyMaxFailures < 0) {
      throw new IllegalArgumentException(
          "verifyMaxFailures must be 0 or more, got " + s.verifyMaxFailures);
    }
    return new VerifyProbe(
        defaults.url(),
        status,
        interval,
        s.verifyMaxFailures == null ? defaults.maxFailures() : s.verifyMaxFailures,
        s.verifyMinRequests == null
            ? defaults.minRequests()
            : positive("verifyMinRequests", s.verifyMinRequests));
  }

  /** What a second deploy to the same server, environment and stack does while one runs. */
  public static BusyPolicy busyPolicy(DeploySettings s) {
    return s.whenBusy == null ? BusyPolicy.WAIT : choice("whenBusy", s.whenBusy, BusyPolicy.class);
  }

  static Timeouts timeouts(DeploySettings s) {
    Timeouts d = Timeouts.DEFAULTS;
    Duration upgrade =
        s.upgradeTimeout == null ? d.upgrade() : duration("upgradeTimeout", s.upgradeTimeout);
    Duration health =
        s.healthTimeout == null ? d.health() : duration("healthTimeout", s.healthTimeout);
    Duration rollback =
        s.rollbackTimeout == null ? d.rollback() : duration("rollbackTimeout", s.rollbackTimeout);
    Duration overall = s.timeout == null ? d.overall() : duration("timeout", s.timeout);
    for (Duration phase : List.of(upgrade, health, rollback)) {
      if (phase.isZero()) {
        throw new IllegalArgumentException("timeouts must be longer than 0");
      }
    }
    return new Timeouts(
        d.pull(), d.remove(), d.create(), upgrade, health, d.finish(), rollback, overall);
  }

  /** {@code 90} (seconds), {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}. */
  public static Duration duration(String parameter, String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          parameter
              + ": '"
              + text
              + "' is not a duration; write a number of seconds or add a unit, e.g. 90, 500ms, 30s,"
              + " 5m, 1h");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }

  /** Splits {@code a, b c} or one item a line; blank items are dropped. */
  public static List<String> list(String text) {
    if (text == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    Arrays.stream(text.split("[,\\s]+")).filter(t -> !t.isBlank()).forEach(items::add);
    return items;
  }

  public static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
    String wanted = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new IllegalArgumentException(
        parameter + ": '" + value + "' is not one of " + String.join(", ", allowed));
  }

  private static int positive(String parameter, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(parameter + " must be at least 1, got " + value);
    }
    return value;
  }

  /** An absolute http(s) URL, e.g. the verify probe's. */
  public static URI httpUri(String parameter, String text) {
    try {
      URI uri = new URI(text.trim());
      if (uri.getHost() == null
          || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw new IllegalArgumentException(
            parameter + ": '" + text + "' must be an absolute http:// or https:// URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          parameter + ": '" + text + "' is not a URL (" + e.getReason() + ")");
    }
  }
}
