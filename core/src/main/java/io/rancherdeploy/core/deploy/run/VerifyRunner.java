package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.deploy.VerifyProbe;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The users' {@code while sleep 1; do curl ...; done}, built in: requests the URL every interval
 * while the deploy runs and counts the answers that are not the expected status. It uses a client
 * of its own, so the Rancher key never goes to the probed URL.
 */
final class VerifyRunner implements AutoCloseable {
  private final VerifyProbe probe;
  private final OkHttpClient http;
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicReference<String> lastFailure = new AtomicReference<>("");
  private final Thread thread;
  private volatile boolean running = true;

  VerifyRunner(VerifyProbe probe) {
    this.probe = probe;
    Duration timeout =
        probe.interval().compareTo(Duration.ofSeconds(5)) > 0
            ? Duration.ofSeconds(5)
            : probe.interval();
    this.http =
        new OkHttpClient.Builder()
            .callTimeout(timeout.plusMillis(500))
            .retryOnConnectionFailure(false)
            .build();
    this.thread = new Thread(this::loop, "deploy-verify");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      once();
      try {
        Thread.sleep(probe.interval().toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  void once() {
    sent.incrementAndGet();
    Request request = new Request.Builder().url(probe.url().toString()).get().build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() != probe.expectedStatus()) {
        fail("status " + response.code());
      }
    } catch (IOException e) {
      fail(e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      synchronized (answered) {
        answered.incrementAndGet();
        answered.notifyAll();
      }
    }
  }

  /**
   * Waits until at least {@code minRequests} requests were answered (or failed), at most {@code
   * timeout}: a deploy quicker than the probe must not pass unverified.
   */
  void awaitMinimum(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + Math.max(0, timeout.toNanos());
    synchronized (answered) {
      while (answered.get() < probe.minRequests()) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return;
        }
        answered.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  private void fail(String why) {
    failed.incrementAndGet();
    lastFailure.set(why);
  }

  /**
   * A failure message when too few requests were answered, none succeeded, or more failed than
   * allowed.
   */
  Optional<String> verdict() {
    int done = answered.get();
    int failures = failed.get();
    if (failures <= probe.maxFailures() && done >= probe.minRequests() && failures < done) {
      return Optional.empty();
    }
    if (failures <= probe.maxFailures()) {
      return Optional.of(
          (done - failures)
              + " of "
              + done
              + " requests to "
              + probe.url()
              + " answered "
              + probe.expectedStatus()
              + " (needed at least "
              + probe.minRequests()
              + " requests and one success; last error: "
              + (lastFailure.get().isEmpty() ? "none" : lastFailure.get())
              + ")");
    }
    return Optional.of(
        failures
            + " of "
            + sent.get()
            + " requests to "
            + probe.url()
            + " did not answer "
            + probe.expectedStatus()
            + " (at most "
            + probe.maxFailures()
            + " allowed; last: "
            + lastFailure.get()
            + ")");
  }

  int sent() {
    return sent.get();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
