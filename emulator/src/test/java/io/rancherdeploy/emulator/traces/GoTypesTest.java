package io.rancherdeploy.emulator.traces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Go decoding model the trace replay applies to every answer, and which answer gets which. */
class GoTypesTest {

  private static List<String> misfits(String type, String json) throws Exception {
    JsonNode node = RecordedCall.JSON.readTree(json);
    List<String> misfits = new ArrayList<>();
    GoTypes.check(type, node, type, misfits);
    return misfits;
  }

  @Test
  void aServiceOfTheRightKindsDecodesAndNullFitsEverything() throws Exception {
    assertThat(
            misfits(
                "Service",
                "{\"id\":\"1s1\",\"links\":{\"self\":\"http://x\"},\"actions\":{},\"scale\":2,"
                    + "\"createdTS\":1700000000000,\"removed\":null,\"instanceIds\":[\"1i1\"],"
                    + "\"launchConfig\":{\"ports\":[\"8080:80/tcp\"],\"labels\":{\"a\":\"b\"},"
                    + "\"healthCheck\":{\"port\":80},\"logConfig\":{\"driver\":null}},"
                    + "\"publicEndpoints\":[{\"port\":8080,\"ipAddress\":\"1.2.3.4\"}],"
                    + "\"upgrade\":null,\"unknownField\":[1,\"x\"]}"))
        .isEmpty();
  }

  @Test
  void wrongKindsAreNamedWithTheirPathAndGoType() throws Exception {
    assertThat(
            misfits(
                "Service",
                "{\"scale\":\"2\",\"createdTS\":1.0,\"retainIp\":\"false\",\"metadata\":\"x\","
                    + "\"links\":{\"self\":{}},\"launchConfig\":{\"ports\":[80],"
                    + "\"healthCheck\":{\"port\":\"80\"}},"
                    + "\"upgrade\":{\"inServiceStrategy\":{\"batchSize\":1.5}}}"))
        .containsExactlyInAnyOrder(
            "Service.scale = \"2\" (Go: int64)",
            "Service.createdTS = 1.0 (Go: int64)",
            "Service.retainIp = \"false\" (Go: bool)",
            "Service.metadata = \"x\" (Go: map[string]interface{})",
            "Service.links.self = {} (Go: string)",
            "Service.launchConfig.ports[0] = 80 (Go: string)",
            "Service.launchConfig.healthCheck.port = \"80\" (Go: int64)",
            "Service.upgrade.inServiceStrategy.batchSize = 1.5 (Go: int64)");
  }

  @Test
  void collectionsNeedNumericPaginationAndFilterConditionLists() throws Exception {
    assertThat(
            misfits(
                "ServiceCollection",
                "{\"pagination\":{\"limit\":\"100\",\"partial\":false},"
                    + "\"filters\":{\"name\":{\"modifier\":\"eq\"},\"state\":null},"
                    + "\"sortLinks\":{\"name\":\"http://x\"},\"data\":[{\"scale\":true}]}"))
        .containsExactlyInAnyOrder(
            "ServiceCollection.pagination.limit = \"100\" (Go: int64)",
            "ServiceCollection.filters.name = {\"modifier\":\"eq\"} (Go: []Condition)",
            "ServiceCollection.data[0].scale = true (Go: int64)");
  }

  @Test
  void eachTracedRequestDecodesIntoTheStructItsClientUses() {
    assertThat(ClientNeeds.goType("GET", "/v2-beta", false)).isEmpty();
    assertThat(ClientNeeds.goType("GET", "/v2-beta/projects/1a5", false)).isEmpty();
    assertThat(ClientNeeds.goType("GET", "/v2-beta/schemas", false)).contains("Schemas");
    assertThat(ClientNeeds.goType("GET", "/v2-beta/projects/1a5/schemas/schemas", false))
        .contains("Schema");
    assertThat(ClientNeeds.goType("GET", "/v2-beta/settings/rancher.compose.version", false))
        .contains("Setting");
    assertThat(ClientNeeds.goType("GET", "/v2-beta/stacks", false)).contains("StackCollection");
    assertThat(ClientNeeds.goType("POST", "/v2-beta/stacks", false)).contains("Stack");
    assertThat(ClientNeeds.goType("POST", "/v2-beta/scripts/transform", false))
        .contains("LaunchConfig");
    assertThat(ClientNeeds.goType("GET", "/v2-beta/serviceConsumeMaps", false))
        .contains("ServiceConsumeMapCollection");
    assertThat(ClientNeeds.goType("POST", "/v2-beta/services/1s12", true)).contains("Service");
    assertThat(ClientNeeds.goType("PUT", "/v2-beta/services/1s12", false)).contains("Service");
    assertThat(ClientNeeds.goType("GET", "/v2-beta/services/1s13/instances", false))
        .contains("ContainerCollection");
    assertThat(ClientNeeds.goType("POST", "/v2-beta/containers/1i15", true)).contains("HostAccess");
    assertThat(ClientNeeds.goType("GET", "/v2-beta/projects/1a5/instances/1i17", false))
        .contains("Instance");
    assertThat(ClientNeeds.goType("GET", "/v2-beta/projects/1a5/projects/1a5", false))
        .contains("Project");
    assertThat(ClientNeeds.goType("DELETE", "/v2-beta/services/1s12", false)).isEmpty();
  }
}
