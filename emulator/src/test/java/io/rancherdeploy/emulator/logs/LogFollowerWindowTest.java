package io.rancherdeploy.emulator.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A follower hands at most {@link LogFollower#WINDOW} frames to a websocket that has not written
 * them (backpressure), and goes on, in order and without a gap, as they are written. The sink here
 * stands in for the HTTP layer, whose writes the test completes by hand.
 */
class LogFollowerWindowTest {

  private final ExecutorService senders = Executors.newFixedThreadPool(2);
  private final LogFollowers registry = new LogFollowers(senders);

  @AfterEach
  void stop() {
    senders.shutdownNow();
  }

  /** Records frames and holds their "written" callbacks until the test runs them. */
  private static class HeldSink implements LogSink {
    final List<String> frames = new ArrayList<>();
    final List<Runnable> unwritten = new ArrayList<>();
    boolean closed;

    @Override
    public synchronized void send(String frame, Runnable sent) {
      frames.add(frame);
      unwritten.add(sent);
    }

    @Override
    public synchronized void close() {
      closed = true;
    }

    synchronized int received() {
      return frames.size();
    }

    /** Writes the oldest held frames, as a reader that takes them would let the socket do. */
    void write(int count) {
      List<Runnable> now;
      synchronized (this) {
        now = new ArrayList<>(unwritten.subList(0, Math.min(count, unwritten.size())));
        unwritten.subList(0, now.size()).clear();
      }
      now.forEach(Runnable::run);
    }

    synchronized List<String> frames() {
      return List.copyOf(frames);
    }
  }

  private static void await(String what, java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 5 s: " + what);
      }
      Thread.sleep(2);
    }
  }

  @Test
  void stopsAtTheWindowUntilFramesAreWrittenThenSendsTheRestInOrder() throws Exception {
    ContainerLog log = new ContainerLog(1, 10_000);
    log.start(
        new LogSource("1i7", "web-1", "web", "host1", false, LogBehaviour.silent()), Instant.now());
    LogFollower follower =
        new LogFollower(log, new LogOptions(true, 0, false, java.util.Optional.empty()), registry);
    HeldSink sink = new HeldSink();
    follower.start(sink);
    int lines = LogFollower.WINDOW * 4;
    IntStream.rangeClosed(1, lines)
        .forEach(
            i ->
                log.write(
                    Instant.now(), i % 5 == 0 ? LogStream.STDERR : LogStream.STDOUT, "n" + i));

    await("a full window", () -> sink.received() == LogFollower.WINDOW);
    Thread.sleep(50); // the lines are all written: a follower that ignored the window sends on now
    assertThat(sink.received())
        .as("frames handed over while none was written")
        .isEqualTo(LogFollower.WINDOW);

    while (sink.received() < lines) {
      int before = sink.received();
      sink.write(LogFollower.WINDOW);
      await("more frames after a write", () -> sink.received() > before);
    }
    List<String> expected =
        IntStream.rangeClosed(1, lines)
            .mapToObj(i -> (i % 5 == 0 ? "02 n" : "01 n") + i + "\n")
            .toList();
    assertThat(sink.frames()).containsExactlyElementsOf(expected);
    assertThat(sink.closed).isFalse();

    sink.write(Integer.MAX_VALUE);
    log.stop(Instant.now(), java.util.Optional.empty());
    await(
        "the close once the container stopped",
        () -> {
          synchronized (sink) {
            return sink.closed;
          }
        });
  }

  @Test
  void countsTheLinesAReaderSkipsWhenItFallsMoreThanTheBufferBehind() throws Exception {
    ContainerLog log = new ContainerLog(1, 10);
    log.start(
        new LogSource("1i8", "web-2", "web", "host1", false, LogBehaviour.silent()), Instant.now());
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    HeldSink sink =
        new HeldSink() {
          @Override
          public void send(String frame, Runnable sent) {
            super.send(frame, sent);
            if (frame.equals("01 n0\n")) {
              try { // the reader stalls on its first line while the container writes on
                release.await(5, java.util.concurrent.TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          }
        };
    log.write(Instant.now(), LogStream.STDOUT, "n0");
    new LogFollower(log, new LogOptions(true, 1, false, java.util.Optional.empty()), registry)
        .start(sink);
    await("the first line", () -> sink.received() == 1);
    for (int i = 1; i <= 25; i++) {
      log.write(Instant.now(), LogStream.STDOUT, "n" + i);
    }
    release.countDown();
    await("the last line", () -> sink.frames().contains("01 n25\n"));
    assertThat(sink.frames())
        .containsExactlyElementsOf(
            IntStream.concat(IntStream.of(0), IntStream.rangeClosed(16, 25))
                .mapToObj(i -> "01 n" + i + "\n")
                .toList());
    assertThat(registry.skipped()).as("lines 1-15 rotated away unsent").isEqualTo(15);
  }
}
