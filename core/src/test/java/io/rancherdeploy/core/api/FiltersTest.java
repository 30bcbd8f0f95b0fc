package io.rancherdeploy.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiltersTest {
  @Test
  void buildsRancherQueryPairsInOrder() {
    Filters filters =
        Filters.where("name", "web")
            .and("stackId", "1st5")
            .and("state", "ne", "removing")
            .notRemoved();
    assertThat(filters.toString())
        .isEqualTo("name=web&stackId=1st5&state_ne=removing&removed_null=1");
    assertThat(Filters.none().isEmpty()).isTrue();
    assertThat(filters)
        .isEqualTo(
            Filters.where("name", "web")
                .and("stackId", "1st5")
                .and("state_ne", "removing")
                .and("removed_null", "1"));
  }
}
