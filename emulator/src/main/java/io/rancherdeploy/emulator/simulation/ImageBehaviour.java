package io.rancherdeploy.emulator.simulation;

import java.time.Duration;
import java.util.Optional;

/**
 * How containers of one image behave (all delays are simulated time, scaled by the speed).
 *
 * @param pullDelay time to pull the image on a host the first time
 * @param startDelay time from starting to running
 * @param healthy whether a container with a health check ever becomes healthy
 * @param healthyAfter time from running to healthy (with a health check)
 * @param crashAtStart the container exits right after starting (the service never settles)
 * @param exitCode for {@code io.rancher.container.start_once} containers: the code they exit with
 * @param runFor for start-once containers: how long they run before exiting
 */
public record ImageBehaviour(
    Duration pullDelay,
    Duration startDelay,
    boolean healthy,
    Duration healthyAfter,
    boolean crashAtStart,
    int exitCode,
    Duration runFor) {

  public static ImageBehaviour defaults() {
    return new ImageBehaviour(
        Duration.ofSeconds(2),
        Duration.ofMillis(500),
        true,
        Duration.ofSeconds(3),
        false,
        0,
        Duration.ofSeconds(1));
  }

  public ImageBehaviour withPullDelay(Duration delay) {
    return new ImageBehaviour(
        delay, startDelay, healthy, healthyAfter, crashAtStart, exitCode, runFor);
  }

  public ImageBehaviour withStartDelay(Duration delay) {
    return new ImageBehaviour(
        pullDelay, delay, healthy, healthyAfter, crashAtStart, exitCode, runFor);
  }

  public ImageBehaviour neverHealthy() {
    return new ImageBehaviour(
        pullDelay, startDelay, false, healthyAfter, crashAtStart, exitCode, runFor);
  }

  public ImageBehaviour withHealthyAfter(Duration delay) {
    return new ImageBehaviour(
        pullDelay, startDelay, healthy, delay, crashAtStart, exitCode, runFor);
  }

  public ImageBehaviour crashingAtStart() {
    return new ImageBehaviour(pullDelay, startDelay, healthy, healthyAfter, true, exitCode, runFor);
  }

  /** Start-once containers of this image exit with {@code code} after {@code after}. */
  public ImageBehaviour exitingWith(int code, Duration after) {
    return new ImageBehaviour(
        pullDelay, startDelay, healthy, healthyAfter, crashAtStart, code, after);
  }

  /** The crash exit code: the start-once code when non-zero, otherwise 1. */
  public int crashExitCode() {
    return Optional.of(exitCode).filter(c -> c != 0).orElse(1);
  }
}
