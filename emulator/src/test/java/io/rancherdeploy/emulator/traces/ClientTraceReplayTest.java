package io.rancherdeploy.emulator.traces;

import static org.assertj.core.api.Assertions.assertThat;

import io.rancherdeploy.emulator.RancherEmulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays what the real rancher-compose 0.12.5 and rancher CLI 0.6.14 sent (test resources
 * client-traces/, copied from the shared references) against a fresh emulator, and checks every
 * answer for what those clients read.
 */
class ClientTraceReplayTest {

  private static List<String> replay(String trace) throws Exception {
    return replay(RecordedCall.load(trace));
  }

  private static List<String> replay(List<RecordedCall> calls) throws Exception {
    assertThat(calls).hasSizeGreaterThan(50);
    // The logs and load balancer plugins are installed by default. Four hosts: the CLI trace runs
    // web (port 8080, scale 2) in two stacks, and one host
    // publishes a port once, as in Rancher.
    try (RancherEmulator rancher =
        RancherEmulator.builder().port(0).speed(0).seed(42).hosts(4).apiKey("a", "b").start()) {
      return new TraceReplay(rancher.url(), RancherEmulator.DEFAULT_PROJECT).replay(calls);
    }
  }

  @Test
  void rancherCompose0125GetsWhatItNeedsAtEveryStep() throws Exception {
    assertThat(replay("rancher-compose-0.12.5.requests.jsonl")).isEmpty();
  }

  @Test
  void rancherCli0614GetsWhatItNeedsAtEveryStep() throws Exception {
    assertThat(replay("rancher-cli-0.6.14.requests.jsonl")).isEmpty();
  }

  /**
   * {@code up -d --rollback} is not in the recordings: the recorded {@code up -d} and {@code up -d
   * --upgrade}, then the derived rollback (client-traces/derived/README.md), then the recorded
   * {@code up -d} again, which must find web back in sync with the old files (no upgrade, no
   * create).
   */
  @Test
  void rancherCompose0125RollsBackAnUnconfirmedUpgrade() throws Exception {
    List<RecordedCall> recorded = RecordedCall.load("rancher-compose-0.12.5.requests.jsonl");
    List<RecordedCall> calls = new ArrayList<>(steps(recorded, "rc_up_-d_fresh"));
    calls.addAll(steps(recorded, "rc_up_-d_--upgrade"));
    calls.addAll(RecordedCall.load("derived/rancher-compose-0.12.5-rollback.requests.jsonl"));
    calls.addAll(steps(recorded, "rc_up_-d_again"));
    assertThat(replay(calls)).isEmpty();
  }

  private static List<RecordedCall> steps(List<RecordedCall> calls, String step) {
    List<RecordedCall> found = calls.stream().filter(c -> c.step().equals(step)).toList();
    assertThat(found).as("recorded step " + step).isNotEmpty();
    return found;
  }
}
