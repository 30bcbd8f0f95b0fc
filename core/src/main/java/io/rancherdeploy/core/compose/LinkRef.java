package io.rancherdeploy.core.compose;

/**
 * A link as written: {@code target} is a service or {@code stack/service}; {@code alias} is empty
 * if none.
 */
record LinkRef(String target, String alias) {
  /**
   * The name the link is known by inside the container: the alias, or else the target's service
   * name.
   */
  String effectiveAlias() {
    if (!alias.isEmpty()) {
      return alias;
    }
    int slash = target.indexOf('/');
    return slash >= 0 ? target.substring(slash + 1) : target;
  }

  String spec() {
    return alias.isEmpty() ? target : target + ":" + alias;
  }
}
