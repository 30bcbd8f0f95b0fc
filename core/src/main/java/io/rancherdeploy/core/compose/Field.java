package io.rancherdeploy.core.compose;

import io.rancherdeploy.core.compose.yaml.Location;

/** A normalized value of one service key, with where it was written (the last file that set it). */
record Field(Object value, Location location, String path) {}
