package io.rancherdeploy.emulator.simulation;

import java.time.Duration;

/** What the HTTP edge must do to one request because of a fault. */
public sealed interface WireFault {

  record Delay(Duration delay) implements WireFault {}

  record Status(int status) implements WireFault {}

  record Drop() implements WireFault {}
}
