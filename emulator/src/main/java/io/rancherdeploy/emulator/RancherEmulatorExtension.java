package io.rancherdeploy.emulator;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a {@link RancherEmulator} for a JUnit 5 test: in a static {@code @RegisterExtension} field
 * one emulator serves the whole class; in an instance field each test gets its own.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();
 * ... RANCHER.emulator().url() ...
 * }</pre>
 *
 * The default emulator runs at speed 0 with seed 42, three hosts and a free port. When it stops,
 * the class (or the test) fails if event or log websockets are still open, naming each: a test that
 * leaves one open leaks a client thread into the next (opt out with {@link
 * RancherEmulator.Builder#allowWebSocketsOpenAtStop()}).
 */
public final class RancherEmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

  private final UnaryOperator<RancherEmulator.Builder> options;
  private RancherEmulator emulator;
  private boolean perClass;

  private RancherEmulatorExtension(UnaryOperator<RancherEmulator.Builder> options) {
    this.options = options;
  }

  public static RancherEmulatorExtension create() {
    return configure(UnaryOperator.identity());
  }

  /** {@code configure(b -> b.hosts(5).speed(0.01))}: applied on top of speed 0, seed 42, port 0. */
  public static RancherEmulatorExtension configure(UnaryOperator<RancherEmulator.Builder> options) {
    return new RancherEmulatorExtension(options);
  }

  /** The running emulator (between the start and the end of the class or test). */
  public RancherEmulator emulator() {
    if (emulator == null) {
      throw new IllegalStateException("the emulator runs only while a test of the class runs");
    }
    return emulator;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    emulator = start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      emulator = start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  private RancherEmulator start() {
    return options.apply(RancherEmulator.builder().port(0).speed(0).seed(42).hosts(3)).start();
  }

  private void stop() {
    if (emulator == null) {
      return;
    }
    List<String> open =
        emulator.websocketsMayOutliveTests() ? List.of() : stillOpen(emulator, CLOSE_GRACE);
    emulator.close();
    emulator = null;
    if (!open.isEmpty()) {
      throw new AssertionError(
          open.size()
              + " websocket(s) still open when the emulator stopped; close them in the test (or"
              + " opt out with RancherEmulator.Builder.allowWebSocketsOpenAtStop()):\n  "
              + String.join("\n  ", open));
    }
  }

  /**
   * The sockets still open after {@code grace}: a client's close reaches the server a bit later.
   */
  private static List<String> stillOpen(RancherEmulator emulator, Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    List<String> open = emulator.openWebSockets();
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      open = emulator.openWebSockets();
    }
    return open;
  }
}
