package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CollectionFiltersTest {

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  private static String demo;
  private static String other;
  private static String web;
  private static String db;
  private static String removed;

  @BeforeAll
  static void seed() {
    Scenario scenario = new Scenario(RANCHER.emulator());
    demo = scenario.stack("demo");
    other = scenario.stack("other");
    db = scenario.activeService(demo, "db", 1, "{\"imageUuid\":\"docker:redis:3.2\"}");
    web = scenario.service(demo, "web", 2, "{\"imageUuid\":\"docker:nginx:1.13\"}");
    scenario.service(other, "web", 1, "{\"imageUuid\":\"docker:nginx:1.13\"}");
    removed = scenario.service(other, "gone", 1, "{\"imageUuid\":\"docker:nginx:1.13\"}");
    assertThat(api().delete("/v2-beta/services/" + removed).status()).isEqualTo(200);
    RANCHER.emulator().control().awaitState(removed, "removed", Scenario.DEADLINE);
    api()
        .post(
            "/v2-beta/services/" + web + "/?action=setservicelinks",
            "{\"serviceLinks\":[{\"serviceId\":\"" + db + "\",\"name\":\"database\"}]}");
  }

  private static Api api() {
    return new Api(RANCHER.emulator());
  }

  private static List<String> names(JsonNode data) {
    List<String> names = new ArrayList<>();
    data.forEach(r -> names.add(r.path("name").asText()));
    return names;
  }

  @Test
  void nameAndStackIdFilterAsRancherComposeSendsThem() {
    Api.Answer answer =
        api().get("/v2-beta/services?name=web&removed_null=%3Cnil%3E&stackId=" + demo);

    assertThat(answer.data()).hasSize(1);
    assertThat(answer.data().get(0).path("id").asText()).isEqualTo(web);
    assertThat(answer.body().path("filters").path("name").get(0).path("value").asText())
        .isEqualTo("web");
    assertThat(answer.body().path("resourceType").asText()).isEqualTo("service");
  }

  @Test
  void removedResourcesAreHiddenFromListsButVisibleById() {
    assertThat(names(api().get("/v2-beta/services?stackId=" + other).data()))
        .containsExactly("web");
    Api.Answer byId = api().get("/v2-beta/services/" + removed);
    assertThat(byId.status()).isEqualTo(200);
    assertThat(byId.body().path("state").asText()).isEqualTo("removed");
    assertThat(byId.body().path("removed").isNull()).isFalse();
  }

  @Test
  void repeatedStateNeAndSystemAndLimitAsTheCliSendsThem() {
    Api.Answer answer =
        api()
            .get(
                "/v2-beta/projects/1a5/services?limit=-2&removed_null=1&state_ne=inactive"
                    + "&state_ne=stopped&state_ne=removing&system=false");

    assertThat(names(answer.data())).containsExactly("db");
    assertThat(answer.body().path("pagination").path("limit").asInt()).isEqualTo(3000);
  }

  @Test
  void unknownFiltersAreIgnoredAndCollectionNamesMatchCaseInsensitively() {
    assertThat(api().get("/v2-beta/stacks?whatever=1&all=true").data()).hasSize(2);
    Api.Answer maps = api().get("/v2-beta/serviceConsumeMaps?serviceId=" + web);
    assertThat(maps.status()).isEqualTo(200);
    assertThat(maps.data()).hasSize(1);
    assertThat(maps.data().get(0).path("consumedServiceId").asText()).isEqualTo(db);
    assertThat(maps.data().get(0).path("name").asText()).isEqualTo("database");
  }

  @Test
  void containersFilterByServiceIdAndKind() {
    Api.Answer containers = api().get("/v2-beta/containers?serviceId=" + db + "&kind=container");
    assertThat(names(containers.data())).containsExactly("demo-db-1");
    assertThat(api().get("/v2-beta/instances?serviceId=" + web).data()).isEmpty();
  }

  @Test
  void limitPagesWithAMarker() {
    Api.Answer first = api().get("/v2-beta/services?limit=1&sort=id");
    assertThat(first.data()).hasSize(1);
    assertThat(first.body().path("pagination").path("partial").asBoolean()).isTrue();
    Api.Answer second = api().get(first.body().path("pagination").path("next").asText());
    assertThat(second.data()).hasSize(1);
    assertThat(second.data().get(0).path("id").asText())
        .isNotEqualTo(first.data().get(0).path("id").asText());
  }

  @Test
  void serviceLogsSortDescending() {
    Api.Answer logs = api().get("/v2-beta/serviceLogs?sort=id&order=desc&limit=3&subLog=0");
    assertThat(logs.data()).hasSize(3);
    long firstId = Long.parseLong(logs.data().get(0).path("id").asText().substring(3));
    long lastId = Long.parseLong(logs.data().get(2).path("id").asText().substring(3));
    assertThat(firstId).isGreaterThan(lastId);
  }

  @Test
  void linksListRelatedResources() {
    assertThat(names(api().get("/v2-beta/stacks/" + demo + "/services").data()))
        .containsExactlyInAnyOrder("db", "web");
    assertThat(names(api().get("/v2-beta/services/" + web + "/consumedservices").data()))
        .containsExactly("db");
    assertThat(names(api().get("/v2-beta/services/" + db + "/consumedbyservices").data()))
        .containsExactly("web");
    assertThat(api().get("/v2-beta/services/" + web + "/stack").body().path("id").asText())
        .isEqualTo(demo);
  }

  @Test
  void resourcesCarryAbsoluteLowerCasedLinksAndStateActions() {
    JsonNode service = api().get("/v2-beta/projects/1a5/services/" + web).body();
    String self = api().base() + "/v2-beta/projects/1a5/services/" + web;

    assertThat(service.path("links").path("self").asText()).isEqualTo(self);
    assertThat(service.path("links").path("instances").asText()).isEqualTo(self + "/instances");
    assertThat(service.path("actions").path("activate").asText())
        .isEqualTo(self + "/?action=activate");
    assertThat(service.path("actions").has("setservicelinks")).isTrue();
    assertThat(service.path("actions").has("deactivate")).isFalse();
    assertThat(service.path("baseType").asText()).isEqualTo("service");
    assertThat(service.path("launchConfig").isObject()).isTrue();
    assertThat(service.path("linkedServices").path("database").asText()).isEqualTo(db);
  }

  @Test
  void settingsHostsAndProjects() {
    assertThat(api().get("/v2-beta/settings/rancher.compose.version").body().path("value").asText())
        .startsWith("v0.12");
    assertThat(api().get("/v2-beta/settings/lb.instance.image").body().path("value").asText())
        .startsWith("rancher/lb-service-haproxy");
    assertThat(api().get("/v2-beta/settings/no.such.setting").status()).isEqualTo(404);
    assertThat(api().get("/v2-beta/hosts").data()).hasSize(3);
    assertThat(api().get("/v2-beta/projects/1a5/projects/1a5").body().path("name").asText())
        .isEqualTo("Default");
    assertThat(api().get("/v2-beta/projects/1a5").body().path("type").asText())
        .isEqualTo("project");
    assertThat(api().get("/v2-beta/projects").data()).hasSize(1);
    assertThat(api().get("/v2-beta/projects/1a5/schemas/schemas").body().path("id").asText())
        .isEqualTo("schema");
  }
}
