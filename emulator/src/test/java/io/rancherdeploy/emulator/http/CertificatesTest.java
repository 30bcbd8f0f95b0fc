package io.rancherdeploy.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import io.rancherdeploy.emulator.config.ConfigException;
import io.rancherdeploy.emulator.config.EmulatorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The {@code certificate} resource: seeded per environment, listed, checked as a reference. */
class CertificatesTest {
  @RegisterExtension
  static final RancherEmulatorExtension RANCHER = RancherEmulatorExtension.create();

  @TempDir Path dir;

  private static Api api() {
    return new Api(RANCHER.emulator());
  }

  @Test
  void theCollectionListsAnEnvironmentsCertificatesAndFiltersByName() {
    String www =
        RANCHER.emulator().control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "www");
    RANCHER.emulator().control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "api");
    String other = RANCHER.emulator().control().addEnvironment("Other");
    RANCHER.emulator().control().addCertificate(other, "www");

    Api.Answer all = api().get("/v2-beta/projects/1a5/certificates");
    Api.Answer named = api().get("/v2-beta/projects/1a5/certificates?name=www&removed_null=1");

    assertThat(all.status()).isEqualTo(200);
    assertThat(names(all)).contains("www", "api").containsOnlyOnce("www");
    all.data().forEach(c -> assertThat(c.path("accountId").asText()).isEqualTo("1a5"));
    assertThat(named.data()).hasSize(1);
    assertThat(named.data().get(0).path("id").asText()).isEqualTo(www).startsWith("1c");
    assertThat(named.data().get(0).path("type").asText()).isEqualTo("certificate");
    assertThat(api().get("/v2-beta/schemas/certificate").status()).isEqualTo(200);
  }

  @Test
  void aLoadBalancerMayOnlyReferToCertificatesOfItsEnvironment() {
    String cert =
        RANCHER.emulator().control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "lb");
    Scenario scenario = new Scenario(RANCHER.emulator());
    String stack = scenario.stack("certs");

    Api.Answer good =
        api()
            .post(
                "/v2-beta/projects/1a5/loadbalancerservices",
                lb(
                    stack,
                    "good",
                    "\"certificateIds\":[\""
                        + cert
                        + "\"],\"defaultCertificateId\":\""
                        + cert
                        + "\""));
    Api.Answer dangling =
        api()
            .post(
                "/v2-beta/projects/1a5/loadbalancerservices",
                lb(stack, "bad", "\"certificateIds\":[],\"defaultCertificateId\":\"1c999\""));

    assertThat(good.status()).as(good.body().toString()).isEqualTo(201);
    assertThat(good.body().path("lbConfig").path("defaultCertificateId").asText()).isEqualTo(cert);
    assertThat(dangling.status()).isEqualTo(422);
    assertThat(dangling.body().path("code").asText()).isEqualTo("InvalidReference");
    assertThat(dangling.body().path("fieldName").asText()).isEqualTo("defaultCertificateId");
  }

  @Test
  void theConfigFileSeedsCertificatesPerEnvironmentAndRefusesNonNames() throws IOException {
    EmulatorConfig config =
        EmulatorConfig.load(
            write(
                """
                environments:
                  - name: Default
                    certificates: [www.example.com]
                  - name: Staging
                    certificates: [staging.example.com, api.example.com]
                """));
    try (RancherEmulator emulator = config.configure(RancherEmulator.builder().port(0)).start()) {
      config.apply(emulator);
      List<String> byProject = new ArrayList<>();
      emulator
          .control()
          .resources("certificate")
          .forEach(
              c -> byProject.add(c.path("accountId").asText() + "/" + c.path("name").asText()));
      assertThat(byProject).hasSize(3).contains("1a5/www.example.com");
      assertThat(byProject.stream().filter(s -> !s.startsWith("1a5/")))
          .allMatch(s -> s.endsWith("staging.example.com") || s.endsWith("api.example.com"))
          .hasSize(2);
    }
    Path bad = write("environments:\n  - name: Default\n    certificates: [{name: x}]\n");
    assertThatThrownBy(() -> EmulatorConfig.load(bad))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("environments[0].certificates")
        .hasMessageContaining("not a certificate name");
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("emulator-" + System.nanoTime() + ".yml");
    Files.writeString(file, yaml);
    return file;
  }

  private static String lb(String stack, String name, String certs) {
    return "{\"name\":\""
        + name
        + "\",\"stackId\":\""
        + stack
        + "\",\"launchConfig\":"
        + "{\"imageUuid\":\"docker:rancher/lb-service-haproxy:v0.7.15\",\"ports\":[\"443:443\"]},"
        + "\"lbConfig\":{\"portRules\":[],"
        + certs
        + "}}";
  }

  private static List<String> names(Api.Answer answer) {
    List<String> names = new ArrayList<>();
    answer.data().forEach(r -> names.add(r.path("name").asText()));
    return names;
  }
}
