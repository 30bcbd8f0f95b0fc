package io.rancherdeploy.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rancherdeploy.cli.InvalidInputException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The proxy variables as Go's http.ProxyFromEnvironment reads them. */
class ProxyEnvironmentTest {
  private static ProxyEnvironment read(String scheme, Map<String, String> env) {
    return ProxyEnvironment.read(scheme, name -> Optional.ofNullable(env.get(name)));
  }

  @Test
  void theSchemeOfTheServerPicksTheVariableUpperCaseFirst() {
    Map<String, String> env =
        Map.of(
            "HTTP_PROXY", "http://plain:3128",
            "http_proxy", "http://lower:3128",
            "https_proxy", "tls-proxy:8080");

    assertThat(read("http", env).proxy()).contains(URI.create("http://plain:3128"));
    assertThat(read("https", env).proxy()).contains(URI.create("http://tls-proxy:8080"));
    assertThat(read("http", Map.of()).proxy()).isEmpty();
    assertThat(read("http", Map.of("HTTP_PROXY", "  ")).proxy()).isEmpty();
  }

  @Test
  void aBadValueIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(() -> read("http", Map.of("HTTP_PROXY", "http://ci:s3cret@proxy")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("HTTP_PROXY is not an HTTP proxy address")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> read("https", Map.of("https_proxy", "socks5://proxy:1080")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("https_proxy is not");
  }

  @Test
  void noProxyEntriesMatchAsInGo() {
    Predicate<String> direct =
        ProxyEnvironment.noProxyRule(
            "example.com, .internal, 10.0.0.0/8, 192.168.1.7:8080, [fd00::1], fc00::/7");

    assertThat(direct)
        .accepts("example.com", "rancher.example.com", "EXAMPLE.COM")
        .accepts("a.internal", "10.1.2.3", "192.168.1.7", "fd00::1", "[fd00::1]", "fc12::9")
        .accepts("localhost", "127.0.0.1", "127.8.9.10", "::1", "[::1]")
        .rejects("notexample.com", "internal", "11.0.0.1", "192.168.1.8", "rancher.corp");
  }

  @Test
  void aStarSendsEverythingDirectly() {
    assertThat(ProxyEnvironment.noProxyRule("foo, *")).accepts("rancher.corp", "8.8.8.8");
    assertThat(ProxyEnvironment.noProxyRule("")).rejects("rancher.corp").accepts("localhost");
  }

  @Property
  void aDomainMatchesItselfAndItsSubdomainsButNoOtherName(
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String label,
      @ForAll @AlphaChars @StringLength(min = 1, max = 12) String sub) {
    String domain = label.toLowerCase() + ".corp";
    Predicate<String> direct = ProxyEnvironment.noProxyRule(domain);

    assertThat(direct.test(domain)).isTrue();
    assertThat(direct.test(sub + "." + domain)).isTrue();
    assertThat(direct.test(sub + domain)).isFalse();
    assertThat(ProxyEnvironment.noProxyRule("." + domain).test(domain)).isFalse();
  }
}
