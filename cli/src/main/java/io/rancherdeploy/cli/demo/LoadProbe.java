package io.rancherdeploy.cli.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The users' {@code while sleep 0.1; do curl $LB; done}: requests a URL at a steady pace on its own thread and
 * counts the answers that are not 200 (and which backend answered, from the body's first line), so the demo
 * can say how many requests a rollout or a lost host dropped.
 */
final class LoadProbe implements AutoCloseable {
  private final URI url;
  private final Duration pause;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong ok = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Map<String, Long> backends = new TreeMap<>();
  private final Thread thread;

  LoadProbe(URI url, Duration pause) {
    this.url = url;
    this.pause = pause;
    this.thread = new Thread(this::loop, "demo-load-probe");
    thread.setDaemon(true);
    thread.start();
  }

  /** A snapshot of the counters. */
  Counts counts() {
    synchronized (backends) {
      return new Counts(ok.get(), failed.get(), Map.copyOf(backends));
    }
  }

  private void loop() {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build();
    while (running.get()) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          ok.incrementAndGet();
          String backend = response.body().lines().findFirst().orElse("").trim();
          synchronized (backends) {
            backends.merge(backend, 1L, Long::sum);
          }
        } else {
          failed.incrementAndGet();
        }
      } catch (IOException e) {
        failed.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    running.set(false);
    thread.interrupt();
    try {
      thread.join(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Requests answered 200, requests failed, and answers per backend. */
  record Counts(long ok, long failed, Map<String, Long> backends) {
    Counts minus(Counts before) {
      return new Counts(ok - before.ok, failed - before.failed, backends);
    }
  }
}
