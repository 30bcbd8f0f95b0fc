package io.jenkins.plugins.rancherdeploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.util.Secret;
import io.rancherdeploy.core.api.ApiKey;
import io.rancherdeploy.core.api.RancherEndpoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Jenkins' proxy settings as the plugin reads them and hands them to core's endpoint. */
class JenkinsProxyTest {
  private static RancherEndpoint endpoint(JenkinsProxy proxy) {
    return proxy
        .applyTo(
            RancherEndpoint.builder(URI.create("http://rancher.example.com:8080"))
                .apiKey(ApiKey.of("a", "b")))
        .build();
  }

  @Test
  void aBlankProxyNameMeansNoProxy() {
    assertThat(JenkinsProxy.of(null, 3128, "u", Secret.fromString("p"), null)).isEmpty();
    assertThat(JenkinsProxy.of("  ", 3128, "u", Secret.fromString("p"), null)).isEmpty();
  }

  @Test
  void aPortOutOfRangeSaysWhereToFixIt() {
    assertThatThrownBy(() -> JenkinsProxy.of("proxy.corp", 0, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxy.corp")
        .hasMessageContaining("Manage Jenkins > System > HTTP Proxy");
  }

  @Test
  void withoutAUserNoCredentialsGoToCore() {
    JenkinsProxy proxy =
        JenkinsProxy.of(" proxy.corp ", 3128, " ", Secret.fromString("unused"), null).orElseThrow();

    assertThat(endpoint(proxy).proxy()).contains(URI.create("http://proxy.corp:3128"));
    assertThat(proxy.passwordPlainText()).isEmpty();
  }

  @Test
  void noProxyHostsGoDirectlyAndTheConsoleSaysSo() {
    JenkinsProxy proxy =
        JenkinsProxy.of("proxy.corp", 3128, null, null, "*.internal").orElseThrow();
    RancherEndpoint endpoint = endpoint(proxy);

    assertThat(endpoint.proxyFor("rancher.internal")).isEmpty();
    assertThat(endpoint.proxyFor("rancher.example.com")).isPresent();
    assertThat(proxy.route("https://rancher.internal/")).startsWith("directly");
    assertThat(proxy.route("https://rancher.example.com/"))
        .isEqualTo("through Jenkins' HTTP proxy proxy.corp:3128");
  }

  @Test
  void theProxyTravelsToTheAgentWithItsNoProxyList() throws Exception {
    JenkinsProxy proxy =
        JenkinsProxy.of("proxy.corp", 3128, "u", Secret.fromString("p"), "*.internal | 10.0.*")
            .orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(proxy);
    }
    JenkinsProxy arrived;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      arrived = (JenkinsProxy) in.readObject();
    }

    assertThat(arrived.bypasses("rancher.internal")).isTrue();
    assertThat(arrived.bypasses("10.0.1.2")).isTrue();
    assertThat(arrived.bypasses("rancher.example.com")).isFalse();
    assertThat(arrived.passwordPlainText()).contains("p");
    assertThat(arrived.address()).isEqualTo("proxy.corp:3128");
  }

  @Test
  void specialCharactersAreEncodedInTheUserInfo() {
    assertThat(JenkinsProxy.userInfo("dom\\user", "p@ss:w%rd/ü ~"))
        .isEqualTo("dom%5Cuser:p%40ss%3Aw%25rd%2F%C3%BC%20~");
  }

  /** Core splits the decoded user info at the first colon: any password survives the trip. */
  @Property(tries = 300)
  void theUserInfoDecodesToWhatJenkinsHolds(
      @ForAll("users") String user, @ForAll("passwords") String password) {
    JenkinsProxy proxy =
        JenkinsProxy.of("proxy.corp", 3128, user, Secret.fromString(password), null).orElseThrow();

    String userInfo = endpoint(proxy).proxy().orElseThrow().getUserInfo();

    assertThat(userInfo).isEqualTo(user.trim() + ":" + password);
  }

  @Provide
  Arbitrary<String> users() {
    return text().filter(s -> !s.contains(":") && !s.isBlank());
  }

  @Provide
  Arbitrary<String> passwords() {
    return text();
  }

  private static Arbitrary<String> text() {
    // Every character but lone surrogates (not representable in UTF-8).
    return Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(24);
  }
}
