package io.rancherdeploy.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.core.api.internal.Json;
import org.junit.jupiter.api.Test;

class ResourceViewsTest {
  private static ObjectNode parse(String json) throws Exception {
    return (ObjectNode) Json.MAPPER.readTree(json.replace('\'', '"'));
  }

  private static final String SERVICE =
      "{'id':'1s7','type':'service','name':'web','state':'upgrading','transitioning':'yes','transitioningMessage':'In"
          + " Progress','healthState':'initializing',"
          + "'stackId':'1st5','scale':2,'instanceIds':['1i1','1i2'],"
          + "'links':{'self':'http:\\/\\/h\\/v2-beta\\/services\\/1s7','instances':'http://h/v2-beta/services/1s7/instances'},"
          + "'actions':{'rollback':'http://h/v2-beta/services/1s7/?action=rollback'},"
          + "'launchConfig':{'imageUuid':'docker:nginx:1.13','environment':{'PASSWORD':'hunter2'},"
          + "'schedulingRules':{'zone':'eu'}},"
          + "'secondaryLaunchConfigs':[{'name':'sk','imageUuid':'docker:busybox'}],"
          + "'upgrade':{'inServiceStrategy':{'batchSize':1}},'someFutureField':{'kept':true}}";

  @Test
  void serviceViewReadsRancherFields() throws Exception {
    Service service = new Service(parse(SERVICE));
    assertThat(service.id()).isEqualTo("1s7");
    assertThat(service.name()).isEqualTo("web");
    assertThat(service.state()).isEqualTo(ResourceState.UPGRADING);
    assertThat(service.transitioning()).isEqualTo(Transitioning.YES);
    assertThat(service.transitioningMessage()).contains("In Progress");
    assertThat(service.healthState()).contains("initializing");
    assertThat(service.stackId()).isEqualTo("1st5");
    assertThat(service.scale()).isEqualTo(2);
    assertThat(service.instanceIds()).containsExactly("1i1", "1i2");
    assertThat(service.selfLink()).contains("http://h/v2-beta/services/1s7");
    assertThat(service.hasAction("rollback")).isTrue();
    assertThat(service.hasAction("finishupgrade")).isFalse();
    assertThat(service.imageUuid()).contains("docker:nginx:1.13");
    assertThat(service.secondaryLaunchConfigs()).hasSize(1);
    assertThat(service.upgrade()).isPresent();
  }

  @Test
  void unknownFieldsSurviveARoundTrip() throws Exception {
    Service service = new Service(parse(SERVICE));
    ObjectNode launchConfig = service.launchConfig();
    launchConfig.put("imageUuid", "docker:nginx:1.14");
    assertThat(launchConfig.path("schedulingRules").path("zone").asText()).isEqualTo("eu");
    assertThat(service.json().path("someFutureField").path("kept").asBoolean()).isTrue();
    // the view itself did not change
    assertThat(service.imageUuid()).contains("docker:nginx:1.13");
  }

  @Test
  void toStringNeverShowsTheLaunchConfig() throws Exception {
    Service service = new Service(parse(SERVICE));
    assertThat(service.toString()).contains("1s7", "web", "upgrading").doesNotContain("hunter2");
    assertThat(service.describe()).isEqualTo("service web (1s7)");
  }

  @Test
  void v1ServicesNameTheirStackEnvironmentId() throws Exception {
    Service service = new Service(parse("{'id':'1s1','environmentId':'1e5'}"));
    assertThat(service.stackId()).isEqualTo("1e5");
    assertThat(service.launchConfig().isEmpty()).isTrue();
    assertThat(service.state()).isEqualTo(ResourceState.UNKNOWN);
  }

  @Test
  void containerNamesItsService() throws Exception {
    Container container =
        new Container(
            parse(
                "{'id':'1i3','type':'container','name':'demo-web-1',"
                    + "'labels':{'io.rancher.stack_service.name':'demo/web'},'hostId':'1h1','exitCode':0}"));
    assertThat(container.serviceName()).contains("web");
    assertThat(container.hostId()).contains("1h1");
    assertThat(container.exitCode()).contains(0L);
  }

  @Test
  void removedResources() throws Exception {
    assertThat(
            new Resource(parse("{'state':'active','removed':'2017-01-01T00:00:00Z'}")).isRemoved())
        .isTrue();
    assertThat(new Resource(parse("{'state':'removed'}")).isRemoved()).isTrue();
    assertThat(new Resource(parse("{'state':'active','removed':null}")).isRemoved()).isFalse();
  }

  @Test
  void eventTypesMapToViews() {
    assertThat(ResourceType.forApiType("loadBalancerService"))
        .isEqualTo(ResourceType.LOAD_BALANCER_SERVICE);
    assertThat(ResourceType.forApiType("environment")).isEqualTo(ResourceType.STACK);
    assertThat(ResourceType.forApiType("container").view(Json.object()))
        .isInstanceOf(Container.class);
    assertThat(ResourceType.forApiType("volume").view(Json.object()))
        .isExactlyInstanceOf(Resource.class);
  }
}
