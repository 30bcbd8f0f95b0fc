package io.rancherdeploy.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import io.rancherdeploy.emulator.simulation.Fault;
import io.rancherdeploy.emulator.simulation.RequestMatch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CRUD, actions, links and errors against the emulator over real sockets. */
class ClientOperationsTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static final Duration WAIT = Duration.ofSeconds(10);
  private final AtomicInteger requests = new AtomicInteger();
  private RancherClient client;

  @BeforeEach
  void connect() {
    RANCHER.emulator().control().clearFaults();
    client =
        RancherClient.builder(
                RancherEndpoint.builder(RANCHER.emulator().url())
                    .apiKey(
                        ApiKey.of(RANCHER.emulator().accessKey(), RANCHER.emulator().secretKey()))
                    .build())
            .retryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50), 0.5))
            .requestListener(r -> requests.incrementAndGet())
            .connect();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private Stack stack(String name) {
    return client.create(ResourceType.STACK, Map.of("name", name));
  }

  private Service service(Stack stack, String name) {
    return client.create(
        ResourceType.SERVICE,
        Map.of(
            "name",
            name,
            "stackId",
            stack.id(),
            "scale",
            1,
            "launchConfig",
            Map.of("imageUuid", "docker:nginx:1.13", "futureField", Map.of("kept", true))));
  }

  @Test
  void createsFindsListsUpdatesAndDeletesAStack() {
    Stack created = stack("crud");
    assertThat(created.name()).isEqualTo("crud");
    assertThat(client.findByName(ResourceType.STACK, "crud"))
        .map(Resource::id)
        .contains(created.id());
    assertThat(client.findByName(ResourceType.STACK, "nope")).isEmpty();
    assertThat(client.get(ResourceType.STACK, created.id())).isPresent();
    assertThat(client.get(ResourceType.STACK, "1st999999")).isEmpty();
    assertThat(client.list(ResourceType.STACK, Filters.where("name", "crud")))
        .extracting(Resource::id)
        .containsExactly(created.id());

    Stack updated = client.update(created, Map.of("description", "from the client test"));
    assertThat(updated.description()).isEqualTo("from the client test");

    Stack removing = client.delete(updated);
    Stack removed = client.await(removing, Condition.removed(), WAIT);
    assertThat(removed.isRemoved()).isTrue();
    assertThat(client.findByName(ResourceType.STACK, "crud")).isEmpty();
  }

  @Test
  void aServiceKeepsFieldsWeDoNotModelAndIsActivatedThroughItsAction() {
    Stack stack = stack("svc");
    Service service =
        client.await(service(stack, "web"), Condition.state(ResourceState.INACTIVE), WAIT);
    assertThat(service.launchConfig().path("futureField").path("kept").asBoolean()).isTrue();
    assertThat(service.stackId()).isEqualTo(stack.id());

    Service activating = client.action(service, "activate", null);
    Service active = client.await(activating, Condition.state(ResourceState.ACTIVE), WAIT);
    assertThat(active.state()).isEqualTo(ResourceState.ACTIVE);
    List<Container> containers = client.link(active, "instances", ResourceType.CONTAINER);
    assertThat(containers).isNotEmpty();
    assertThat(containers.get(0).serviceIds()).contains(active.id());
  }

  @Test
  void anActionNotOfferedFailsWithoutARequestAndNamesTheState() {
    Stack stack = stack("noaction");
    Service service =
        client.await(service(stack, "web"), Condition.state(ResourceState.INACTIVE), WAIT);
    int before = requests.get();
    assertThatThrownBy(() -> client.action(service, "finishupgrade", null))
        .isInstanceOf(ActionNotAvailableException.class)
        .hasMessageContaining("finishupgrade")
        .hasMessageContaining("'inactive'")
        .hasMessageContaining("activate");
    assertThat(requests.get()).isEqualTo(before);
  }

  @Test
  void aDuplicateNameIsA422NamingTheField() {
    stack("twice");
    assertThatThrownBy(() -> stack("twice"))
        .isInstanceOfSatisfying(
            RancherApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.code()).isEqualTo("NotUnique");
              assertThat(e.fieldName()).contains("name");
              assertThat(e.getMessage()).contains("POST").contains("/stacks");
            });
  }

  @Test
  void transientServerErrorsAreRetried() {
    stack("retried");
    RANCHER.emulator().control().clearRequests();
    RANCHER
        .emulator()
        .control()
        .inject(new Fault.ErrorStatus(RequestMatch.of("GET", "/stacks"), 503, 2));
    assertThat(client.findByName(ResourceType.STACK, "retried")).isPresent();
    assertThat(stackGets()).containsExactly(503, 503, 200);
  }

  @Test
  void aDroppedConnectionIsRetriedForAGet() {
    stack("redialled");
    RANCHER.emulator().control().clearRequests();
    int before = requests.get();
    RANCHER
        .emulator()
        .control()
        .inject(new Fault.DropConnection(RequestMatch.of("GET", "/stacks"), 1));
    assertThat(client.findByName(ResourceType.STACK, "redialled")).isPresent();
    assertThat(requests.get() - before).isEqualTo(2);
    assertThat(stackGets()).endsWith(200);
  }

  private List<Integer> stackGets() {
    return RANCHER.emulator().control().requests().stream()
        .filter(r -> r.method().equals("GET") && r.path().endsWith("/stacks"))
        .map(RecordedRequest::status)
        .toList();
  }

  @Test
  void aCreateIsNotRepeatedAfterTheConnectionDroppedButA409Is() {
    RANCHER
        .emulator()
        .control()
        .inject(new Fault.ErrorStatus(RequestMatch.of("POST", "/stacks"), 409, 1));
    assertThat(stack("conflicted").name()).isEqualTo("conflicted");
    RANCHER
        .emulator()
        .control()
        .inject(new Fault.DropConnection(RequestMatch.of("POST", "/stacks"), 1));
    assertThatThrownBy(() -> stack("dropped")).isInstanceOf(RancherUnavailableException.class);
  }
}
