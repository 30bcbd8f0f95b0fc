package io.rancherdeploy.core.compose;

/**
 * How a docker-compose service key is written and normalized, which also decides how several files
 * merge it (docker-compose's override rules) and how it is rendered.
 */
enum FieldKind {
  /** A single text; the later file replaces it. */
  STRING,
  BOOL,
  INT,
  /** A size such as {@code 512m}, normalized to bytes. */
  BYTES,
  /** A duration such as {@code 1m30s}, normalized to milliseconds. */
  DURATION,
  /**
   * A string (split like a shell) or a list: {@code command}, {@code entrypoint}; replaced as a
   * whole.
   */
  COMMAND,
  /** A string or a list of strings ({@code dns}); files concatenate, duplicates dropped. */
  STRING_LIST,
  /** A list of strings ({@code cap_add}); files concatenate, duplicates dropped. */
  UNIQUE_LIST,
  /**
   * A map or a list of {@code KEY=VALUE} ({@code environment}, {@code labels}); files merge by key.
   */
  KEY_VALUES,
  /** A map or a list of {@code host:ip} ({@code extra_hosts}); files merge by host. */
  HOSTS,
  /** Port mappings, short or long syntax; files concatenate. */
  PORTS,
  /** Volumes, short or long syntax; files merge by container path. */
  VOLUMES,
  /** Devices {@code src[:dst[:perm]]}; files merge by container path. */
  DEVICES,
  /** {@code service[:alias]}; files merge by alias. */
  LINKS,
  /** {@code stack/service[:alias]}; files merge by alias. */
  EXTERNAL_LINKS,
  /** {@code logging: {driver, options}}; options merge when the driver stays. */
  LOGGING,
  /** {@code name: n} or {@code name: {soft, hard}}; files merge by name. */
  ULIMITS,
  /** A list of names or a map of name to options; files merge by name. */
  NAMES,
  /** Docker's {@code healthcheck} map; replaced as a whole. */
  HEALTHCHECK,
  /** Read and kept for rendering, but Rancher ignores it (a warning says so). */
  IGNORED,
  /** Rancher 1.6 cannot deploy it; an error says what to do instead. */
  UNSUPPORTED
}
