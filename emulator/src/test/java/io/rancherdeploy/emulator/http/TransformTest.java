package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransformTest {

  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  /** The shape rancher-compose 0.12.5 posts (Go field names), trimmed. */
  private static final String WEB =
      "{\"Name\":\"/web\",\"Config\":{\"Hostname\":\"\",\"User\":\"\",\"Tty\":false,"
          + "\"OpenStdin\":false,\"Env\":[\"DB_HOST=database\",\"EMPTY\"],\"Cmd\":null,\"Entrypoint\":null,"
          + "\"Image\":\"nginx:1.13\",\"Volumes\":{\"/data\":{}},\"WorkingDir\":\"\",\"ExposedPorts\":{\"80/tcp\":{},"
          + "\"443/tcp\":{}},\"Labels\":{\"io.rancher.container.pull_image\":\"always\"}},"
          + "\"HostConfig\":{\"Binds\":[\"/srv:/srv:ro\"],\"PortBindings\":{\"80/tcp\":[{\"HostIp\":\"\","
          + "\"HostPort\":\"8080\"}]},\"NetworkMode\":\"\",\"RestartPolicy\":{\"Name\":\"\",\"MaximumRetryCount\":0},"
          + "\"LogConfig\":{\"Type\":\"\",\"Config\":null},\"Privileged\":false,\"Memory\":0,\"Dns\":null,"
          + "\"CapAdd\":[\"NET_ADMIN\"]}}";

  private static Api api() {
    return new Api(RANCHER.emulator());
  }

  @Test
  void mapsDockerConfigToALaunchConfig() {
    Api.Answer answer = api().post("/v2-beta/scripts/transform", WEB);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode lc = answer.body();
    assertThat(lc.path("name").asText()).isEqualTo("web");
    assertThat(lc.path("imageUuid").asText()).isEqualTo("docker:nginx:1.13");
    assertThat(lc.path("environment").path("DB_HOST").asText()).isEqualTo("database");
    assertThat(lc.path("environment").path("EMPTY").asText()).isEmpty();
    assertThat(lc.path("labels").path("io.rancher.container.pull_image").asText())
        .isEqualTo("always");
    assertThat(lc.path("ports")).extracting(JsonNode::asText).containsExactly("8080:80/tcp");
    assertThat(lc.path("dataVolumes"))
        .extracting(JsonNode::asText)
        .containsExactly("/srv:/srv:ro", "/data");
    assertThat(lc.path("capAdd")).extracting(JsonNode::asText).containsExactly("NET_ADMIN");
    assertThat(lc.path("networkMode").asText()).isEqualTo("bridge");
    assertThat(lc.path("memory").isNull()).isTrue();
    assertThat(lc.path("user").isNull()).isTrue();
    assertThat(lc.path("command").isArray()).isTrue();
    assertThat(lc.has("restartPolicy")).isFalse();
  }

  @Test
  void alwaysReturnsLogConfigEvenForAnEmptyBody() {
    assertThat(api().post("/v2-beta/scripts/transform", "null").body().path("logConfig").isObject())
        .isTrue();
    assertThat(
            api()
                .post("/v2-beta/projects/1a5/scripts/transform", WEB)
                .body()
                .path("logConfig")
                .path("config")
                .isObject())
        .isTrue();
  }

  @Test
  void isDeterministicByteForByte() {
    String first = api().post("/v2-beta/scripts/transform", WEB).body().toString();
    String second = api().post("/v2-beta/scripts/transform", WEB).body().toString();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void rejectsAWrongShape() {
    Api.Answer answer = api().post("/v2-beta/scripts/transform", "{\"Config\":\"nope\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().path("fieldName").asText()).isEqualTo("Config");
  }
}
