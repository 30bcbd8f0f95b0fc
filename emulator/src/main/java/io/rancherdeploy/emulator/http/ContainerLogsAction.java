package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/**
 * The {@code logs} action of a container (pluggable: the logs module issues the token its websocket
 * checks). Returns the action output, {@code
 * {"type":"hostAccess","url":"ws://…/v1/logs/","token":…}}.
 */
@FunctionalInterface
public interface ContainerLogsAction {

  /**
   * @param containerId the container
   * @param input the action input ({@code containerLogs}: follow, lines, timestamps, since); {@code
   *     {}} when the client sent {@code null} or nothing
   * @param origin {@code http://host:port} as the client addressed the server
   */
  ObjectNode hostAccess(String containerId, JsonNode input, URI origin);
}
