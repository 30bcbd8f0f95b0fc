package io.rancherdeploy.emulator.balancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.http.Api;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A load balancer service of the emulator over real sockets: the users' failover check (scale to 2,
 * suspend a host, count what the balancer drops).
 */
class BalancerPluginTest {

  private static final String P = "/v2-beta/projects/1a5";
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .callTimeout(Duration.ofSeconds(5))
          .retryOnConnectionFailure(false)
          .build();

  private record Answer(int status, String body) {}

  private static Answer get(BalancerPort port) throws IOException {
    try (Response response =
        HTTP.newCall(new Request.Builder().url(port.url().toString()).build()).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }

  private static String activate(RancherEmulator rancher, Api api, String collection, String json) {
    String id = api.post(P + "/" + collection, json).body().get("id").asText();
    rancher.control().awaitState(id, "inactive", DEADLINE);
    api.post(P + "/" + collection + "/" + id + "/?action=activate", "");
    rancher.control().awaitState(id, "active", DEADLINE);
    return id;
  }

  @Test
  void spreadsOverTheHealthyTargetsAndLosesNothingWhenAHostGoesDown() throws Exception {
    BalancerPlugin balancers = new BalancerPlugin();
    try (RancherEmulator rancher =
        RancherEmulator.builder().port(0).speed(0).seed(3).hosts(3).plugin(balancers).start()) {
      Api api = new Api(rancher);
      String stackId = api.post(P + "/stacks", "{\"name\":\"shop\"}").body().get("id").asText();
      String web =
          activate(
              rancher,
              api,
              "services",
              "{\"name\":\"web\",\"stackId\":\""
                  + stackId
                  + "\",\"scale\":2,\"launchConfig\":{\"imageUuid\":\"docker:smoll/flask-nanoservice:latest\"}}");
      String lb =
          activate(
              rancher,
              api,
              "loadbalancerservices",
              "{\"name\":\"lb\",\"stackId\":\""
                  + stackId
                  + "\",\"scale\":1,\"launchConfig\":{\"imageUuid\":\"docker:rancher/lb-service-haproxy:v0.7.9\","
                  + "\"ports\":[\"80:80/tcp\"]},\"lbConfig\":{\"portRules\":[{\"sourcePort\":80,"
                  + "\"targetPort\":5000,\"serviceId\":\""
                  + web
                  + "\",\"protocol\":\"http\"}]}}");
      BalancerPort port = balancers.awaitPort(lb, 80, DEADLINE);
      assertThat(balancers.ports()).containsExactly(port);
      assertThat(rancher.control().plugin(BalancerPlugin.class)).containsSame(balancers);
      ObjectNode shown =
          rancher
              .control()
              .await(
                  lb, "showing its endpoint", r -> r.path("publicEndpoints").size() == 1, DEADLINE);
      assertThat(shown.at("/publicEndpoints/0/port").asInt()).isEqualTo(port.localPort());
      assertThat(
              api.get(P + "/loadbalancerservices/" + lb)
                  .body()
                  .at("/publicEndpoints/0/ipAddress")
                  .asText())
          .isEqualTo("127.0.0.1");

      List<String> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Answer answer = get(port);
        assertThat(answer.status()).isEqualTo(200);
        answers.add(answer.body());
      }
      List<ObjectNode> containers = rancher.control().containers(web);
      Set<String> names = new HashSet<>();
      containers.forEach(container -> names.add(container.get("name").asText()));
      assertThat(answers).allMatch(body -> body.matches("shop-web-\\d on host\\d\n"));
      assertThat(new HashSet<>(answers)).hasSize(2);
      assertThat(answers.get(0)).isNotEqualTo(answers.get(1)).isEqualTo(answers.get(2));
      assertThat(answers).allMatch(body -> names.contains(body.substring(0, body.indexOf(' '))));

      rancher.control().hostFailoverDelay(Duration.ofSeconds(1));
      String lostHost = containers.get(0).get("hostId").asText();
      ObjectNode host = rancher.control().resource(lostHost).orElseThrow();
      String lostHostName = host.path("hostname").asText(host.path("name").asText());
      rancher.control().suspendHost(lostHost);
      for (int i = 0; i < 6; i++) {
        Answer answer = get(port);
        assertThat(answer.status()).as("one healthy container is left").isEqualTo(200);
        assertThat(answer.body()).doesNotEndWith(" on " + lostHostName + "\n");
      }
      assertThat(balancers.port(lb, 80).orElseThrow().refused()).isZero();

      api.post(P + "/services/" + web + "/?action=deactivate", "");
      rancher.control().awaitState(web, "inactive", DEADLINE);
      assertThat(get(port).status()).isEqualTo(503);
      assertThat(get(port).body()).contains("No server is available");

      api.post(P + "/loadbalancerservices/" + lb + "/?action=deactivate", "");
      rancher.control().awaitState(lb, "inactive", DEADLINE);
      long end = System.nanoTime() + DEADLINE.toNanos();
      while (!balancers.ports().isEmpty() && System.nanoTime() < end) {
        Thread.sleep(5);
      }
      assertThat(balancers.ports()).isEmpty();
      assertThat(
              rancher
                  .control()
                  .await(
                      lb, "without endpoints", r -> r.path("publicEndpoints").isEmpty(), DEADLINE)
                  .path("publicEndpoints")
                  .isArray())
          .isTrue();
      assertThatThrownBy(() -> get(port)).isInstanceOf(IOException.class);
    }
  }
}
