package io.rancherdeploy.core.compose;

/** One ulimit; a single number in the file sets both soft and hard. */
record Ulimit(long soft, long hard) {}
