package io.rancherdeploy.cli.demo;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The users' {@code while sleep 0.05; do curl -H 'Host: app.example' $LB; done}: requests a load
 * balancer at a steady pace on its own thread and counts the answers that are not 200 (and which
 * container answered, from the body's first word), so the demo can say how many requests a rollout
 * or a lost host dropped.
 */
final class LoadProbe implements AutoCloseable {
  private final Request request;
  private final Duration pause;
  private final OkHttpClient http =
      new OkHttpClient.Builder()
          .connectTimeout(1, TimeUnit.SECONDS)
          .readTimeout(2, TimeUnit.SECONDS)
          .retryOnConnectionFailure(false)
          .build();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong ok = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Map<String, Long> backends = new TreeMap<>();
  private final Thread thread;

  LoadProbe(URI url, String hostHeader, Duration pause) {
    this.request = new Request.Builder().url(url.toString()).header("Host", hostHeader).build();
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
    while (running.get()) {
      try (Response response = http.newCall(request).execute()) {
        if (response.code() == 200) {
          ok.incrementAndGet();
          String body = response.body() == null ? "" : response.body().string().trim();
          String backend = body.isEmpty() ? "?" : body.split("\\s+")[0];
          synchronized (backends) {
            backends.merge(backend, 1L, Long::sum);
          }
        } else {
          failed.incrementAndGet();
        }
      } catch (IOException e) {
        failed.incrementAndGet();
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
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Requests answered 200, requests failed, and answers per backend (since the probe started). */
  record Counts(long ok, long failed, Map<String, Long> backends) {
    Counts since(Counts before) {
      Map<String, Long> delta = new TreeMap<>();
      backends.forEach(
          (name, count) -> {
            long d = count - before.backends.getOrDefault(name, 0L);
            if (d > 0) {
              delta.put(name, d);
            }
          });
      return new Counts(ok - before.ok, failed - before.failed, delta);
    }

    long total() {
      return ok + failed;
    }
  }
}
