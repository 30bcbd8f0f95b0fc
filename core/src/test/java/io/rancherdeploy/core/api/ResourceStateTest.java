package io.rancherdeploy.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceStateTest {
  @Test
  void parsesRancherSpellings() {
    assertThat(ResourceState.of("updating-active")).isEqualTo(ResourceState.UPDATING_ACTIVE);
    assertThat(ResourceState.of("canceled-upgrade")).isEqualTo(ResourceState.CANCELED_UPGRADE);
    assertThat(ResourceState.of("Active")).isEqualTo(ResourceState.ACTIVE);
    assertThat(ResourceState.CANCELED_UPGRADE.rancherName()).isEqualTo("canceled-upgrade");
  }

  @Test
  void unknownAndMissingStatesAreTolerated() {
    assertThat(ResourceState.of("reticulating-splines")).isEqualTo(ResourceState.UNKNOWN);
    assertThat(ResourceState.of(null)).isEqualTo(ResourceState.UNKNOWN);
    assertThat(ResourceState.of(" ")).isEqualTo(ResourceState.UNKNOWN);
    assertThat(ResourceState.UNKNOWN.isTransitioning()).isFalse();
  }

  @Test
  void transitioningStatesAreThoseOfRancherServiceMachine() {
    // rancher-api.md §6.2: the bold states of the service state machine.
    List<String> transitioning =
        List.of(
            "registering",
            "activating",
            "updating-active",
            "updating-inactive",
            "deactivating",
            "removing",
            "upgrading",
            "canceling-upgrade",
            "rolling-back",
            "finishing-upgrade",
            "restarting");
    List<String> resting = List.of("inactive", "active", "upgraded", "canceled-upgrade", "removed");
    transitioning.forEach(s -> assertThat(ResourceState.of(s).isTransitioning()).as(s).isTrue());
    resting.forEach(s -> assertThat(ResourceState.of(s).isTransitioning()).as(s).isFalse());
  }

  @Test
  void errorAndRemovedFamilies() {
    assertThat(ResourceState.ERROR.isError()).isTrue();
    assertThat(ResourceState.ERRORING.isError()).isTrue();
    assertThat(ResourceState.ACTIVE.isError()).isFalse();
    assertThat(ResourceState.REMOVING.isRemoved()).isTrue();
    assertThat(ResourceState.PURGED.isRemoved()).isTrue();
    assertThat(ResourceState.STOPPED.isRemoved()).isFalse();
  }

  @Test
  void transitioningField() {
    assertThat(Transitioning.of("yes")).isEqualTo(Transitioning.YES);
    assertThat(Transitioning.of("error")).isEqualTo(Transitioning.ERROR);
    assertThat(Transitioning.of("no")).isEqualTo(Transitioning.NO);
    assertThat(Transitioning.of(null)).isEqualTo(Transitioning.NO);
  }
}
