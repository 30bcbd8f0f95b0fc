package io.rancherdeploy.core.api;

import io.rancherdeploy.core.api.internal.EventHub;
import io.rancherdeploy.core.secret.SecretMasker;
import java.util.List;

/** What a connected client holds: the environment, the calls, the events and the waits. */
record Session(
    Environment environment,
    List<Environment> environments,
    ApiVersion version,
    SecretMasker masker,
    List<String> warnings,
    Calls calls,
    EventHub events,
    Awaiter awaiter,
    String describe) {

  Session {
    environments = List.copyOf(environments);
    warnings = List.copyOf(warnings);
  }

  @Override
  public String toString() {
    return describe;
  }
}
