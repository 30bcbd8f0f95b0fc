package io.rancherdeploy.core.compose;

/** The docker-compose file formats Rancher 1.6 reads. */
enum ComposeFormat {
  /** Services at the top level (what Rancher 1.x exports, as in the seed example). */
  V1,
  /**
   * {@code version: '2'} or {@code '2.1'}, with {@code services}, {@code volumes}, {@code
   * networks}.
   */
  V2
}
