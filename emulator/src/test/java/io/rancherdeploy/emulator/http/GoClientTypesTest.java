package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real clients decode into Go structs: a field of the wrong JSON type fails the whole answer
 * (rancher-api.md §2.2). These are the fields go-rancher v2 types as strings, numbers, maps and
 * lists.
 */
class GoClientTypesTest {

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static void textOrNull(JsonNode resource, String... fields) {
    for (String field : fields) {
      assertThat(resource.path(field).isTextual() || resource.path(field).isNull())
          .as(resource.path("type").asText() + "." + field + " = " + resource.path(field))
          .isTrue();
    }
  }

  private static void numberOrNull(JsonNode resource, String... fields) {
    for (String field : fields) {
      assertThat(resource.path(field).isNumber() || resource.path(field).isNull())
          .as(resource.path("type").asText() + "." + field + " = " + resource.path(field))
          .isTrue();
    }
  }

  @Test
  void servicesContainersAndCollectionsHaveGoTypes() {
    Scenario scenario = new Scenario(RANCHER.emulator());
    String web =
        scenario.activeService(
            scenario.stack("demo"),
            "web",
            1,
            "{\"imageUuid\":\"docker:nginx\",\"ports\":[\"8080:80/tcp\"],\"healthCheck\":{\"port\":80}}");
    Api api = new Api(RANCHER.emulator());
    // Public endpoints follow the running containers, a moment after the service turns active.
    RANCHER
        .emulator()
        .control()
        .await(
            web,
            "with public endpoints",
            s -> s.path("publicEndpoints").size() > 0,
            java.time.Duration.ofSeconds(10));

    JsonNode service = api.get("/v2-beta/services/" + web).body();
    textOrNull(
        service,
        "created",
        "removed",
        "removeTime",
        "state",
        "transitioning",
        "transitioningMessage",
        "healthState",
        "stackId",
        "accountId",
        "uuid",
        "fqdn",
        "description",
        "kind");
    numberOrNull(
        service, "scale", "currentScale", "createdTS", "createIndex", "transitioningProgress");
    assertThat(service.path("launchConfig").isObject()).isTrue();
    assertThat(service.path("metadata").isObject()).isTrue();
    assertThat(service.path("instanceIds").isArray()).isTrue();
    assertThat(service.path("publicEndpoints").get(0).path("port").isNumber()).isTrue();

    Api.Answer containers = api.get("/v2-beta/containers?serviceId=" + web);
    JsonNode container = containers.data().get(0);
    textOrNull(
        container,
        "firstRunning",
        "created",
        "hostId",
        "primaryIpAddress",
        "externalId",
        "version",
        "deploymentUnitUuid",
        "imageUuid",
        "healthState",
        "name");
    numberOrNull(container, "startCount", "createIndex", "createdTS");
    assertThat(container.path("ports").get(0).isTextual()).isTrue();
    assertThat(container.path("serviceIds").get(0).isTextual()).isTrue();
    assertThat(container.path("labels").isObject()).isTrue();

    JsonNode collection = containers.body();
    assertThat(collection.path("pagination").path("limit").isNumber()).isTrue();
    assertThat(collection.path("filters").path("serviceId").isArray()).isTrue();
    assertThat(collection.path("createTypes").isObject()).isTrue();
    assertThat(collection.path("sortLinks").isObject()).isTrue();
    assertThat(collection.path("actions").isObject()).isTrue();
  }
}
