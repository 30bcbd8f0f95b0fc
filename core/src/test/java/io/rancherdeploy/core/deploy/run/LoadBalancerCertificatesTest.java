package io.rancherdeploy.core.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.compose.ComposeLoader;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.compose.ComposeSource;
import io.rancherdeploy.core.deploy.DeployEngine;
import io.rancherdeploy.core.deploy.DeployFailure;
import io.rancherdeploy.core.deploy.DeployResult;
import io.rancherdeploy.core.deploy.Outcome;
import io.rancherdeploy.core.deploy.ServiceAction;
import io.rancherdeploy.core.deploy.plan.DeployPlan;
import io.rancherdeploy.core.deploy.plan.FieldChange;
import io.rancherdeploy.core.deploy.plan.PlanRejectedException;
import io.rancherdeploy.core.deploy.plan.ServicePlan;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.RancherEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Load balancers name certificates in rancher-compose.yml; the engine sends Rancher's ids, looked
 * up in the environment's certificates before any change, and refuses a name it cannot find.
 */
class LoadBalancerCertificatesTest {
  @RegisterExtension static final RancherEmulatorExtension RANCHER = EngineHarness.emulator();

  private static final String COMPOSE =
      """
      version: '2'
      services:
        web: {image: nginx:1.13}
        lb:
          image: rancher/lb-service-haproxy:v0.7.15
          ports: ['443:443/tcp']
      """;
  private static RancherClient client;
  private static String www;
  private static String api;
  private static String wildcard;

  @BeforeAll
  static void connect() {
    client = EngineHarness.connect(RANCHER.emulator());
    www = control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "www.example.com");
    api = control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "api.example.com");
    wildcard = control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "wildcard");
    String elsewhere = control().addEnvironment("Elsewhere");
    control().addCertificate(elsewhere, "only-elsewhere");
  }

  @AfterAll
  static void close() {
    client.close();
  }

  private static EmulatorControl control() {
    return RANCHER.emulator().control();
  }

  private static ComposeProject stack(String lbKeys) {
    String rancher = "version: '2'\nservices:\n  lb:\n" + lbKeys.indent(4);
    return ComposeLoader.load(
        ComposeSource.builder()
            .composeFile("docker-compose.yml", COMPOSE)
            .rancherComposeFile("rancher-compose.yml", rancher)
            .build());
  }

  private static String lbConfig(String certs, String defaultCert) {
    return "lb_config:\n"
        + "  certs: "
        + certs
        + "\n"
        + "  default_cert: "
        + defaultCert
        + "\n"
        + "  port_rules:\n"
        + "  - {source_port: 443, target_port: 80, service: web, protocol: https}\n";
  }

  private static JsonNode liveLbConfig(String stack) {
    return control().service(stack, "lb").orElseThrow().path("lbConfig");
  }

  @Test
  void namesBecomeIdsAndAReRunWithTheSameNamesChangesNothing() {
    DeployEngine engine = new DeployEngine(client);
    ComposeProject files = stack(lbConfig("[www.example.com, api.example.com]", "wildcard"));

    DeployResult first =
        engine.deploy("certs", files, EngineHarness.options().createStack(true).build(), e -> {});
    control().clearRequests();
    DeployResult again = engine.deploy("certs", files, EngineHarness.options().build(), e -> {});

    assertThat(first.outcome())
        .as(first.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    JsonNode lb = liveLbConfig("certs");
    assertThat(lb.path("certificateIds").toString()).isEqualTo("[\"" + www + "\",\"" + api + "\"]");
    assertThat(lb.path("defaultCertificateId").asText()).isEqualTo(wildcard);
    assertThat(lb.has("certificateNames")).isFalse();
    assertThat(lb.has("defaultCertificateName")).isFalse();
    assertThat(again.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(again.services())
        .allSatisfy(s -> assertThat(s.action()).isEqualTo(ServiceAction.UNCHANGED));
    assertThat(control().requests())
        .noneMatch(r -> r.method().equals("POST") || r.method().equals("PUT"));
  }

  @Test
  void aCertificateCreatedAgainUnderItsNameIsPickedUpAndThenStaysUnchanged() {
    String before = control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "rotated");
    DeployEngine engine = new DeployEngine(client);
    ComposeProject files = stack(lbConfig("[rotated]", "rotated"));
    DeployResult first =
        engine.deploy("rotate", files, EngineHarness.options().createStack(true).build(), e -> {});
    assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(liveLbConfig("rotate").path("defaultCertificateId").asText()).isEqualTo(before);

    control().removeCertificate(before);
    String after = control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "rotated");
    DeployPlan plan = engine.plan("rotate", files, EngineHarness.options().build());
    DeployResult second = engine.deploy("rotate", files, EngineHarness.options().build(), e -> {});
    DeployResult third = engine.deploy("rotate", files, EngineHarness.options().build(), e -> {});

    assertThat(after).isNotEqualTo(before);
    ServicePlan lb =
        plan.services().stream().filter(s -> s.service().equals("lb")).findFirst().orElseThrow();
    List<String> changes = lb.changes().stream().map(FieldChange::describe).toList();
    assertThat(changes)
        .anySatisfy(
            c -> assertThat(c).contains("defaultCertificateId").contains(before).contains(after));
    assertThat(changes).anySatisfy(c -> assertThat(c).contains("certificateIds").contains(after));
    assertThat(second.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(liveLbConfig("rotate").path("defaultCertificateId").asText()).isEqualTo(after);
    assertThat(liveLbConfig("rotate").path("certificateIds").toString())
        .isEqualTo("[\"" + after + "\"]");
    assertThat(third.services())
        .allSatisfy(s -> assertThat(s.action()).isEqualTo(ServiceAction.UNCHANGED));
    // Frees host port 443 (the emulator has three hosts) for the other tests' balancers.
    assertThat(
            engine
                .remove("rotate", java.util.Set.of(), EngineHarness.options().build(), e -> {})
                .outcome())
        .isEqualTo(Outcome.SUCCESS);
  }

  @Test
  void theOlderTopLevelKeysResolveToo() {
    ComposeProject files =
        stack(
            "default_cert: api.example.com\n"
                + "certs: [wildcard]\n"
                + "lb_config:\n"
                + "  port_rules:\n"
                + "  - {source_port: 443, target_port: 80, service: web}\n");

    DeployResult result =
        new DeployEngine(client)
            .deploy("legacy", files, EngineHarness.options().createStack(true).build(), e -> {});

    assertThat(result.outcome())
        .as(result.failure().map(DeployFailure::describe).orElse(""))
        .isEqualTo(Outcome.SUCCESS);
    assertThat(liveLbConfig("legacy").path("defaultCertificateId").asText()).isEqualTo(api);
    assertThat(liveLbConfig("legacy").path("certificateIds").toString())
        .isEqualTo("[\"" + wildcard + "\"]");
  }

  @Test
  void anUnknownNameIsRefusedBeforeAnyChangeWithTheFileServiceFieldNameAndWhatExists() {
    control().clearRequests();
    ComposeProject files = stack(lbConfig("[www.example.com, only-elsewhere]", "typo.example.com"));

    assertThatThrownBy(
            () ->
                new DeployEngine(client)
                    .deploy(
                        "refused",
                        files,
                        EngineHarness.options().createStack(true).build(),
                        e -> {}))
        .isInstanceOfSatisfying(
            PlanRejectedException.class,
            e -> {
              assertThat(e.problems()).hasSize(2);
              assertThat(e.problems().get(0))
                  .contains("rancher-compose.yml line 5 (services.lb.lb_config.certs)")
                  .contains("service lb")
                  .contains("field lb_config.certs")
                  .contains("'only-elsewhere'")
                  .contains("api.example.com, wildcard, www.example.com");
              assertThat(e.problems().get(1))
                  .contains("rancher-compose.yml line 5 (services.lb.lb_config.default_cert)")
                  .contains("field lb_config.default_cert")
                  .contains("'typo.example.com'")
                  .contains("does not exist in environment");
            });
    assertThat(control().stack("refused")).isEmpty();
    assertThat(control().requests()).allMatch(r -> r.method().equals("GET"));
  }

  @Test
  void aNameTwoCertificatesShareIsRefusedNamingBoth() {
    String one = control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "twice");
    String two = control().addCertificate(RancherEmulator.DEFAULT_PROJECT, "twice");

    assertThatThrownBy(
            () ->
                new DeployEngine(client)
                    .plan(
                        "ambiguous",
                        stack(lbConfig("[]", "twice")),
                        EngineHarness.options().build()))
        .isInstanceOf(PlanRejectedException.class)
        .hasMessageContaining("'twice' names 2 certificates")
        .hasMessageContaining(one + ", " + two);
  }

  @Test
  void thePlanShowsTheResolvedIds() {
    DeployEngine engine = new DeployEngine(client);
    DeployResult first =
        engine.deploy(
            "planned",
            stack(lbConfig("[www.example.com]", "wildcard")),
            EngineHarness.options().createStack(true).build(),
            e -> {});
    assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);

    DeployPlan plan =
        engine.plan(
            "planned",
            stack(lbConfig("[www.example.com, api.example.com]", "api.example.com")),
            EngineHarness.options().build());

    ServicePlan lb =
        plan.services().stream().filter(s -> s.service().equals("lb")).findFirst().orElseThrow();
    List<String> changes = lb.changes().stream().map(FieldChange::describe).toList();
    assertThat(changes)
        .anySatisfy(
            c -> assertThat(c).contains("defaultCertificateId").contains(wildcard).contains(api));
    assertThat(changes).anySatisfy(c -> assertThat(c).contains("certificateIds").contains(api));
    assertThat(liveLbConfig("planned").path("defaultCertificateId").asText()).isEqualTo(wildcard);
  }
}
