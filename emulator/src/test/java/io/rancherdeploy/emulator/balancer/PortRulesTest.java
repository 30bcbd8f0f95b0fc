package io.rancherdeploy.emulator.balancer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PortRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode balancer(String json) throws Exception {
    return JSON.readTree(json.replace('\'', '"'));
  }

  @Test
  void listensOnTheRulesSourcePortsAndThePublishedPorts() throws Exception {
    JsonNode lb =
        balancer(
            "{'launchConfig':{'ports':['8080:8080/tcp','9000']},'lbConfig':{'portRules':["
                + "{'sourcePort':80,'targetPort':5000,'serviceId':'1s7'},"
                + "{'sourcePort':80,'targetPort':5000,'serviceId':'1s8','hostname':'b.example'},"
                + "{'sourcePort':443,'targetPort':5000,'serviceId':'1s7'}]}}");
    assertThat(PortRules.sourcePorts(lb)).containsExactly(80, 443, 8080, 9000);
  }

  @Test
  void routesByPortThenHostnameThenPath() throws Exception {
    JsonNode lb =
        balancer(
            "{'lbConfig':{'portRules':["
                + "{'sourcePort':80,'serviceId':'1s7'},"
                + "{'sourcePort':80,'serviceId':'1s8','hostname':'b.example'},"
                + "{'sourcePort':80,'serviceId':'1s9','path':'/api'},"
                + "{'sourcePort':443,'serviceId':'1s10'}]}}");
    assertThat(PortRules.targets(lb, 80, "a.example:80", "/")).containsExactly("1s7");
    assertThat(PortRules.targets(lb, 80, "B.example", "/")).containsExactly("1s7", "1s8");
    assertThat(PortRules.targets(lb, 80, "127.0.0.1:4711", "/api/x")).containsExactly("1s7", "1s9");
    assertThat(PortRules.targets(lb, 443, "", "/")).containsExactly("1s10");
    assertThat(PortRules.targets(lb, 8080, "", "/")).isEmpty();
  }

  @Test
  void aBalancerWithoutRulesHasNoTargets() throws Exception {
    assertThat(PortRules.targets(balancer("{}"), 80, "", "/")).isEmpty();
    assertThat(PortRules.sourcePorts(balancer("{}"))).isEmpty();
  }
}
