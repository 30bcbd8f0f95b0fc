package io.rancherdeploy.emulator.model;

import java.util.Set;

/**
 * One row of a Cattle state machine (rancher-api.md §6.2-6.3): the process (= action name) may
 * start in {@code startStates}, shows {@code transitioningState} while it runs and ends in {@code
 * endState}. An empty {@code endState} means "back to the state it started from" (update).
 */
public record Process(
    String name, Set<String> startStates, String transitioningState, String endState) {

  public Process {
    startStates = Set.copyOf(startStates);
  }

  public boolean canStartIn(String state) {
    return startStates.contains(state);
  }
}
