package io.jenkins.plugins.rancherdeploy;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toStringFromYamlFile;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.rancherdeploy.config.RancherGlobalConfiguration;
import io.jenkins.plugins.rancherdeploy.config.RancherServer;
import org.junit.jupiter.api.Test;

/** Configuration as Code: the README's YAML imports, and exports back to the same YAML. */
@WithJenkinsConfiguredWithCode
class GlobalConfigurationTest {
  @Test
  @ConfiguredWithCode("configuration-as-code.yml")
  void theReadmesYamlConfiguresServersAndEnvironments(JenkinsConfiguredWithCodeRule j) {
    RancherGlobalConfiguration config = RancherGlobalConfiguration.get();

    assertThat(config.getServers())
        .extracting(RancherServer::getName)
        .containsExactly("production", "lab");
    RancherServer production = config.getServers().get(0);
    assertThat(production.getUrls())
        .isEqualTo("https://rancher-1.example.com\nhttps://rancher-2.example.com");
    assertThat(production.getCredentialsId()).isEqualTo("rancher-prod-key");
    assertThat(production.environment("Prod"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.getProject()).isEqualTo("1a5");
              assertThat(e.getCredentialsId()).isEqualTo("rancher-prod-only");
            });
    assertThat(config.getServers().get(1).isInsecure()).isTrue();
  }

  @Test
  @ConfiguredWithCode("configuration-as-code.yml")
  void theConfigurationExportsAsItWasWritten(JenkinsConfiguredWithCodeRule j) throws Exception {
    ConfiguratorRegistry registry = ConfiguratorRegistry.get();
    ConfigurationContext context = new ConfigurationContext(registry);
    CNode exported = getUnclassifiedRoot(context).get("rancher");

    assertThat(toYamlString(exported))
        .isEqualTo(toStringFromYamlFile(this, "configuration-as-code-expected.yml"));
  }

  @Test
  @ConfiguredWithCode("configuration-as-code.yml")
  void theGlobalPageRoundTripsThroughTheWebForm(JenkinsConfiguredWithCodeRule j) throws Exception {
    var before = RancherGlobalConfiguration.get().getServers();

    j.configRoundtrip();

    j.assertEqualDataBoundBeans(before, RancherGlobalConfiguration.get().getServers());
  }

  /** An emptied repeatable list is missing from the form's JSON: the last server can be deleted. */
  @Test
  @ConfiguredWithCode("configuration-as-code.yml")
  void theLastServerCanBeDeletedThroughTheForm(JenkinsConfiguredWithCodeRule j) throws Exception {
    j.executeOnServer(
        () ->
            RancherGlobalConfiguration.get()
                .configure(
                    org.kohsuke.stapler.Stapler.getCurrentRequest2(),
                    new net.sf.json.JSONObject()));

    assertThat(RancherGlobalConfiguration.get().getServers()).isEmpty();
  }
}
