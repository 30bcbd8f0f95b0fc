package io.rancherdeploy.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.simulation.Fault;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Waits: woken by events, polling without them, ending on error, removal and deadline. */
class ClientAwaitTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static final Duration WAIT = Duration.ofSeconds(10);
  private final AtomicInteger gets = new AtomicInteger();
  private RancherClient client;

  private RancherClient connect(boolean events) {
    client =
        RancherClient.builder(
                RancherEndpoint.builder(RANCHER.emulator().url())
                    .apiKey(
                        ApiKey.of(RANCHER.emulator().accessKey(), RANCHER.emulator().secretKey()))
                    .build())
            .events(events)
            .pollInterval(Duration.ofMillis(50))
            .requestListener(
                r -> {
                  if (r.method().equals("GET")) {
                    gets.incrementAndGet();
                  }
                })
            .connect();
    return client;
  }

  @AfterEach
  void close() {
    if (client != null) {
      client.close();
    }
    RANCHER.emulator().control().clearFaults();
  }

  private Service inactiveService(String stackName, String name) {
    Stack stack = client.create(ResourceType.STACK, Map.of("name", stackName));
    Service created =
        client.create(
            ResourceType.SERVICE,
            Map.of(
                "name",
                name,
                "stackId",
                stack.id(),
                "launchConfig",
                Map.of("imageUuid", "docker:nginx:1.13")));
    return client.await(created, Condition.state(ResourceState.INACTIVE), WAIT);
  }

  private void awaitEvents() throws InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    while (!client.eventsConnected() && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(client.eventsConnected()).as("events websocket up").isTrue();
    // The hub counts itself live from its first message plus a 20 ms margin; a copy read inside
    // that
    // margin is rightly read again once. Step past it so the test measures the steady state.
    Thread.sleep(50);
  }

  @Test
  void eventsWakeTheWaitWithoutPolling() throws Exception {
    connect(true);
    awaitEvents();
    Service service = inactiveService("events", "web");
    Service activating = client.action(service, "activate", null);
    int before = gets.get();
    Service active = client.await(activating, Condition.state(ResourceState.ACTIVE), WAIT);
    assertThat(active.state()).isEqualTo(ResourceState.ACTIVE);
    assertThat(gets.get() - before).as("GETs during an event-driven wait").isZero();
  }

  @Test
  void pollsWhenEventsAreOff() {
    connect(false);
    Service service = inactiveService("polling", "web");
    Service active =
        client.await(
            client.action(service, "activate", null), Condition.state(ResourceState.ACTIVE), WAIT);
    assertThat(active.state()).isEqualTo(ResourceState.ACTIVE);
    assertThat(client.eventsConnected()).isFalse();
  }

  @Test
  void aDroppedEventsSocketFallsBackToPollingAndComesBack() throws Exception {
    connect(true);
    awaitEvents();
    Service service = inactiveService("dropped", "web");
    RANCHER.emulator().control().dropWebsockets();
    Service active =
        client.await(
            client.action(service, "activate", null), Condition.state(ResourceState.ACTIVE), WAIT);
    assertThat(active.state()).isEqualTo(ResourceState.ACTIVE);
    awaitEvents();
  }

  @Test
  void transitioningErrorEndsTheWaitAtOnceWithTheMessage() {
    connect(true);
    Service service = inactiveService("failing", "broken");
    RANCHER
        .emulator()
        .control()
        .inject(new Fault.TransitioningError("broken", "Failed to allocate ports: 8080"));
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                client.await(
                    client.action(service, "activate", null),
                    Condition.state(ResourceState.ACTIVE),
                    Duration.ofSeconds(30)))
        .isInstanceOfSatisfying(
            RancherWaitException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RancherWaitException.Reason.ERROR);
              assertThat(e.getMessage())
                  .contains("service broken", "Failed to allocate ports: 8080", "to be active");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aTimeoutNamesTheResourceTheConditionAndTheLastState() {
    connect(true);
    Service service = inactiveService("timeout", "web");
    assertThatThrownBy(
            () ->
                client.await(
                    service,
                    Condition.of("to have scale 7", s -> s.scale() == 7),
                    Duration.ofMillis(300)))
        .isInstanceOfSatisfying(
            RancherWaitException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RancherWaitException.Reason.TIMEOUT);
              assertThat(e.getMessage())
                  .contains(
                      "300ms",
                      "service web (" + service.id() + ")",
                      "to have scale 7",
                      "state 'inactive'");
              assertThat(e.lastSeen().id()).isEqualTo(service.id());
            });
  }

  @Test
  void aRemovedResourceEndsAWaitForSomethingElse() {
    connect(true);
    Service service = inactiveService("gone", "web");
    client.delete(service);
    assertThatThrownBy(() -> client.await(service, Condition.state(ResourceState.ACTIVE), WAIT))
        .isInstanceOfSatisfying(
            RancherWaitException.class,
            e -> assertThat(e.reason()).isEqualTo(RancherWaitException.Reason.REMOVED));
  }
}
