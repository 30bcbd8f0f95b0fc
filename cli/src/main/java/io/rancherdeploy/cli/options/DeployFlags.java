package io.rancherdeploy.cli.options;

import io.rancherdeploy.cli.InvalidInputException;
import io.rancherdeploy.core.deploy.DeployOptions;
import io.rancherdeploy.core.deploy.LeftoverUpgrade;
import io.rancherdeploy.core.deploy.OnFailure;
import io.rancherdeploy.core.deploy.Strategy;
import io.rancherdeploy.core.deploy.Timeouts;
import io.rancherdeploy.core.deploy.VerifyProbe;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How {@code up} (and {@code plan}) bring the stack in line with the files: rancher-compose's
 * {@code up} flags and ours. {@link #toDeployOptions} is the whole mapping to the engine.
 */
public final class DeployFlags {
  @Option(
      names = {"-u", "--upgrade"},
      description = "Upgrade, in place and rolling, the services whose config changed.")
  boolean upgrade;

  @Option(
      names = "--force-upgrade",
      description =
          "Upgrade the selected services even if their config did not change (implies -u).")
  boolean forceUpgrade;

  @Option(
      names = "--recreate",
      description =
          "Remove the services, wait until they are gone, then create them again (the seed's rm +"
              + " up). Note: rancher-compose's --recreate meant --upgrade; here it means what it"
              + " says.")
  boolean recreate;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description =
          "Containers upgraded at a time (default: upgrade_strategy.batch_size from the file, else"
              + " 1).")
  Integer batchSize;

  @Option(
      names = "--interval",
      paramLabel = "MILLIS",
      converter = IntervalConverter.class,
      description =
          "Pause between batches: milliseconds as in rancher-compose (1000), or a duration (2s).")
  Duration interval;

  @Option(
      names = "--start-first",
      negatable = true,
      description =
          "Start new containers before stopping old ones (default: upgrade_strategy.start_first).")
  Boolean startFirst;

  @Option(names = "--pull", description = "Pull the new images on every host before upgrading.")
  boolean pull;

  @Option(
      names = "--create-stack",
      description = "Create the stack if it does not exist (off by default).")
  boolean createStack;

  @Option(
      names = "--no-finish",
      description =
          "Leave upgraded services in 'upgraded' (a manual gate); finish later with 'finish'.")
  boolean noFinish;

  @Option(
      names = "--on-failure",
      paramLabel = "ACTION",
      defaultValue = "rollback",
      description = "What to do with a failed upgrade: rollback (default), finish, or leave.")
  OnFailure onFailure = OnFailure.ROLLBACK;

  @Option(
      names = "--leftover-upgrade",
      paramLabel = "ACTION",
      defaultValue = "finish",
      description =
          "A service an earlier run left mid-upgrade: finish (default, as rancher-compose),"
              + " rollback, or fail.")
  LeftoverUpgrade leftoverUpgrade = LeftoverUpgrade.FINISH;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      description = "Independent services upgraded at once (default 4).")
  Integer parallelism;

  @Option(
      names = "--prune",
      description = "Remove services that are in the stack but no longer in the files.")
  boolean prune;

  @Option(
      names = "--verify-url",
      paramLabel = "URL",
      converter = HttpUrlConverter.class,
      description =
          "Probe this URL during the upgrade; failed requests beyond --verify-max-failures fail"
              + " it.")
  URI verifyUrl;

  @Option(
      names = "--verify-max-failures",
      paramLabel = "N",
      defaultValue = "0",
      description = "Failed probe requests tolerated (default 0).")
  int verifyMaxFailures;

  @Option(
      names = "--verify-interval",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "1s",
      description = "Time between probe requests (default 1s).")
  Duration verifyInterval = Duration.ofSeconds(1);

  @Option(
      names = "--verify-status",
      paramLabel = "CODE",
      defaultValue = "200",
      description = "The HTTP status a good answer has (default 200).")
  int verifyStatus = 200;

  @Option(
      names = "--verify-min-requests",
      paramLabel = "N",
      defaultValue = "3",
      description =
          "Probe answers needed, at least one good, before the upgrade may finish (default 3).")
  int verifyMinRequests = VerifyProbe.DEFAULT_MIN_REQUESTS;

  @Option(
      names = "--follow-logs",
      description = "Stream the containers' logs while the deploy runs (it still ends).")
  boolean followLogs;

  @Option(
      names = "--health-grace",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long containers without a health check must keep running to count as good (default"
              + " 10s).")
  Duration healthGrace;

  @Option(
      names = "--image",
      paramLabel = "SERVICE=IMAGE",
      description =
          "Deploy this image for a service instead of the file's (after interpolation)."
              + " Repeatable.")
  Map<String, String> images = new LinkedHashMap<>();

  /** Whether a flag asks to change running services (-u, --force-upgrade, --recreate). */
  public boolean upgrades() {
    return upgrade || forceUpgrade || recreate;
  }

  /** The engine's options for these flags, the services named, and the deadlines. */
  public DeployOptions toDeployOptions(List<String> services, Timeouts timeouts) {
    if (recreate && (upgrade || forceUpgrade)) {
      throw new InvalidInputException(
          "--recreate removes and creates the services again, while -u/--upgrade "
              + "upgrades them in place: choose one.");
    }
    DeployOptions.Builder options =
        DeployOptions.builder()
            .strategy(
                recreate
                    ? Strategy.RECREATE
                    : upgrade || forceUpgrade ? Strategy.ROLLING : Strategy.UP)
            .services(services)
            .force(forceUpgrade)
            .finish(!noFinish)
            .onFailure(onFailure)
            .leftoverUpgrade(leftoverUpgrade)
            .timeouts(timeouts)
            .prune(prune)
            .pull(pull)
            .createStack(createStack)
            .followLogs(followLogs);
    try {
      if (batchSize != null) {
        options.batchSize(batchSize);
      }
      if (interval != null) {
        options.interval(interval);
      }
      if (startFirst != null) {
        options.startFirst(startFirst);
      }
      if (parallelism != null) {
        options.parallelism(parallelism);
      }
      if (healthGrace != null) {
        options.healthGrace(healthGrace);
      }
      if (verifyUrl != null) {
        if (verifyMinRequests < 1) {
          throw new InvalidInputException(
              "--verify-min-requests must be 1 or more, got " + verifyMinRequests + ".");
        }
        if (verifyStatus < 100 || verifyStatus > 599) {
          throw new InvalidInputException(
              "--verify-status must be an HTTP status (100-599), got " + verifyStatus + ".");
        }
        options.verify(
            new VerifyProbe(
                verifyUrl, verifyStatus, verifyInterval, verifyMaxFailures, verifyMinRequests));
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("Invalid option value: " + e.getMessage() + ".");
    }
    images.forEach(options::image);
    return options.build();
  }

  /** rancher-compose's {@code --interval} is in milliseconds; a unit makes it a duration. */
  public static final class IntervalConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return value.trim().matches("\\d{1,9}")
          ? Duration.ofMillis(Long.parseLong(value.trim()))
          : DurationConverter.parse(value);
    }
  }

  /** The probe URL must be absolute http(s). */
  static final class HttpUrlConverter implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
      URI uri = URI.create(value.trim());
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new TypeConversionException(
            "'" + value + "' is not an http:// or https:// URL with a host");
      }
      return uri;
    }
  }
}
