package io.rancherdeploy.cli;

import io.rancherdeploy.emulator.RancherEmulator;
import io.rancherdeploy.emulator.journal.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The environment a CI job would set for the emulator, and the journal's requests that change
 * something.
 */
final class EmulatorEnv {
  private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE");

  private EmulatorEnv() {}

  static Map<String, String> of(RancherEmulator rancher) {
    return Map.of(
        "RANCHER_URL",
        rancher.url().toString(),
        "RANCHER_ACCESS_KEY",
        rancher.accessKey(),
        "RANCHER_SECRET_KEY",
        rancher.secretKey());
  }

  /** Requests that could change the server; a logs action (POST, but read-only) is not one. */
  static List<String> mutatingRequests(RancherEmulator rancher) {
    return rancher.control().requests().stream()
        .filter(r -> MUTATING.contains(r.method()))
        .filter(r -> !r.query().getOrDefault("action", List.of()).contains("logs"))
        .map(RecordedRequest::line)
        .toList();
  }
}
