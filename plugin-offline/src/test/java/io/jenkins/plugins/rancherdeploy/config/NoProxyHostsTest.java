package io.jenkins.plugins.rancherdeploy.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Jenkins' "No Proxy Host" list, read as ProxyConfiguration.getNoProxyHostPatterns reads it. */
class NoProxyHostsTest {
  @Test
  void entriesAreSeparatedBySpacesTabsNewLinesCommasAndBars() {
    NoProxyHosts hosts =
        NoProxyHosts.parse(" a.example\tb.example\nc.example,d.example|e.example ");

    assertThat(hosts.entries())
        .containsExactly("a.example", "b.example", "c.example", "d.example", "e.example");
    assertThat(hosts.matches("e.example")).isTrue();
  }

  @Test
  void anEntryMatchesTheWholeHostAndAStarAnyRun() {
    NoProxyHosts hosts = NoProxyHosts.parse("*.internal, 10.0.*, rancher.example.com");

    assertThat(hosts.matches("rancher.internal")).isTrue();
    assertThat(hosts.matches("a.b.internal")).isTrue();
    assertThat(hosts.matches("internal")).isFalse();
    assertThat(hosts.matches("10.0.3.4")).isTrue();
    assertThat(hosts.matches("rancher.example.com")).isTrue();
    assertThat(hosts.matches("eu.rancher.example.com")).as("no implicit subdomains").isFalse();
    assertThat(hosts.matches("rancher.example.com.evil")).isFalse();
  }

  @Test
  void aDotIsADotNotAnyCharacter() {
    NoProxyHosts hosts = NoProxyHosts.parse("10.0.0.1");

    assertThat(hosts.matches("10.0.0.1")).isTrue();
    assertThat(hosts.matches("10a0b0c1")).isFalse();
  }

  @Test
  void hostNamesCompareWithoutRegardToCase() {
    assertThat(NoProxyHosts.parse("Rancher.Example.COM").matches("rancher.example.com")).isTrue();
  }

  @Test
  void blankOrMissingListsBypassNothing() {
    assertThat(NoProxyHosts.parse(null).matches("localhost")).isFalse();
    assertThat(NoProxyHosts.parse(" , ").entries()).isEmpty();
    assertThat(NoProxyHosts.parse("localhost").matches(null)).isFalse();
  }

  @Test
  void anEntryThatIsNoValidPatternIsTakenLiterally() {
    NoProxyHosts hosts = NoProxyHosts.parse("bad[host");

    assertThat(hosts.matches("bad[host")).isTrue();
    assertThat(hosts.matches("badh")).isFalse();
  }
}
