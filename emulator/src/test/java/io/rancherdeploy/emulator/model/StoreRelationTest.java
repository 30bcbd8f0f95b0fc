package io.rancherdeploy.emulator.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The indexed look-ups return exactly what a full scan with the same condition returns. */
class StoreRelationTest {

  private final Store store = new Store(Clock.systemUTC());

  @Test
  void servicesOfAStackFollowTheirStackIdInCreationOrder() {
    String s1 = service("1st1");
    String s2 = service("1st2");
    String s3 = service("1st1");
    store.update(s2, s -> s.put("stackId", "1st1"));
    store.update(s1, s -> s.put("stackId", "1st2"));
    store.update(s3, s -> s.put("removed", "2026-11-25T05:00:00Z"));

    for (String stack : List.of("1st1", "1st2", "1st9")) {
      assertSameAsScan(
          Relation.SERVICES_OF_STACK,
          stack,
          s -> Resources.isService(s) && s.path("stackId").asText().equals(stack));
    }
    assertThat(ids(store.list(Relation.SERVICES_OF_STACK, "1st1", s -> true)))
        .containsExactly(s2, s3);
  }

  @Test
  void containersOfAServiceFollowEachOfTheirServiceIds() {
    String c1 = container("1s1");
    String c2 = container("1s1", "1s2");
    String c3 = container();
    store.update(c3, c -> c.set("serviceIds", Resources.arrayOf(List.of("1s2", "1s1"))));
    store.update(c1, c -> c.set("serviceIds", Resources.arrayOf(List.of("1s2"))));

    for (String service : List.of("1s1", "1s2", "1s3")) {
      assertSameAsScan(
          Relation.CONTAINERS_OF_SERVICE,
          service,
          c -> Resources.isContainer(c) && Resources.contains(c.path("serviceIds"), service));
    }
    assertThat(ids(store.list(Relation.CONTAINERS_OF_SERVICE, "1s1", c -> true)))
        .containsExactly(c2, c3);
    assertThat(store.read(Relation.CONTAINERS_OF_SERVICE, "1s2", c -> true, Resources::id))
        .containsExactly(c1, c2, c3);
  }

  @Test
  void containersOfAHostFollowTheirHostId() {
    String c1 = container("1s1");
    String c2 = container("1s1");
    String c3 = container("1s2");
    store.update(c1, c -> c.put("hostId", "1h1"));
    store.update(c2, c -> c.put("hostId", "1h2"));
    store.update(c3, c -> c.put("hostId", "1h1"));
    store.update(c1, c -> c.put("hostId", "1h2"));
    store.update(c3, c -> c.put("removed", "2026-11-25T05:00:00Z"));

    for (String host : List.of("1h1", "1h2", "1h3")) {
      assertSameAsScan(
          Relation.CONTAINERS_OF_HOST,
          host,
          c -> Resources.isContainer(c) && c.path("hostId").asText().equals(host));
    }
    assertThat(ids(store.list(Relation.CONTAINERS_OF_HOST, "1h2", c -> true)))
        .containsExactly(c1, c2);
    assertThat(store.read(c -> Resources.isContainer(c), Resources::id))
        .containsExactly(c1, c2, c3);
  }

  @Test
  void copiesDoNotChangeTheStore() {
    String s1 = service("1st1");
    store.list(Relation.SERVICES_OF_STACK, "1st1", s -> true).get(0).put("stackId", "1st2");

    assertThat(store.get(s1).orElseThrow().path("stackId").asText()).isEqualTo("1st1");
    assertThat(ids(store.list(Relation.SERVICES_OF_STACK, "1st1", s -> true))).containsExactly(s1);
  }

  private void assertSameAsScan(Relation relation, String key, Predicate<ObjectNode> scan) {
    Predicate<ObjectNode> live = r -> !Resources.isRemoved(r);
    assertThat(store.list(relation, key, live)).isEqualTo(store.list(scan.and(live)));
  }

  private String service(String stackId) {
    return Resources.id(store.create(ResourceType.SERVICE, "1a5", s -> s.put("stackId", stackId)));
  }

  private String container(String... serviceIds) {
    return Resources.id(
        store.create(
            ResourceType.CONTAINER,
            "1a5",
            c -> c.set("serviceIds", Resources.arrayOf(List.of(serviceIds)))));
  }

  private static List<String> ids(List<ObjectNode> nodes) {
    return nodes.stream().map(Resources::id).toList();
  }
}
