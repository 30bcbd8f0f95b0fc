package io.rancherdeploy.core.compose;

import java.util.List;
import java.util.Map;

/**
 * One docker-compose file, read and normalized: its services and, in v2, its volumes and networks.
 */
record ComposeFile(
    String name,
    ComposeFormat format,
    List<ServiceDef> services,
    Map<String, Object> volumes,
    Map<String, Object> networks) {}
