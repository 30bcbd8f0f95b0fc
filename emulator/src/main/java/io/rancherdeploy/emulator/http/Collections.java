package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.Store;

/**
 * The collection envelope as Cattle renders it (rancher-api.md §2.2); Go clients need every key
 * typed.
 */
final class Collections {

  private Collections() {}

  static ObjectNode envelope(String resourceType, String self) {
    ObjectNode body = Store.JSON.createObjectNode();
    body.put("type", "collection");
    body.put("resourceType", resourceType);
    body.putObject("links").put("self", self);
    body.putObject("createTypes");
    body.putObject("actions");
    body.putObject("sortLinks");
    ObjectNode pagination = body.putObject("pagination");
    pagination.putNull("first");
    pagination.putNull("previous");
    pagination.putNull("next");
    pagination.put("limit", 100);
    pagination.putNull("total");
    pagination.put("partial", false);
    body.putNull("sort");
    body.putObject("filters");
    body.putObject("createDefaults");
    return body;
  }
}
