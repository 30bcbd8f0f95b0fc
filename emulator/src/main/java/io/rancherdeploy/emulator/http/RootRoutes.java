package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.ApiVersion;
import io.rancherdeploy.emulator.model.Store;
import java.util.List;

/**
 * The API roots and schemas: {@code /}, {@code /v1}, {@code /v2-beta}, {@code …/schemas}, {@code
 * /v1-catalog}.
 */
public final class RootRoutes {

  private static final List<String> ROOT_LINKS =
      List.of(
          "projects",
          "stacks",
          "services",
          "loadbalancerservices",
          "containers",
          "instances",
          "hosts",
          "serviceconsumemaps",
          "servicelogs",
          "settings",
          "pulltasks",
          "volumes",
          "secrets",
          "subscribe",
          "schemas");

  private RootRoutes() {}

  public static void register(RouteTable routes) {
    routes.raw("GET", "/", RootRoutes::root);
    routes.api("GET", "", RootRoutes::apiVersion);
    routes.api(
        "GET",
        "/schemas",
        call ->
            Responses.ok(
                SchemaCatalog.collection(call.apiScope().base(), call.version(), call.writable())));
    routes.api(
        "GET",
        "/schemas/{id}",
        call ->
            Responses.ok(
                SchemaCatalog.one(
                        call.param("id"), call.apiScope().base(), call.version(), call.writable())
                    .orElseThrow(
                        () -> ApiError.notFound("schema [" + call.param("id") + "] not found"))));
    routes.raw("GET", "/v1-catalog", RootRoutes::catalogRoot);
    routes.raw("GET", "/v1-catalog/schemas", RootRoutes::catalogSchemas);
  }

  private static ApiResponse root(Call call) {
    String origin = call.request().origin();
    ObjectNode body = Collections.envelope("apiVersion", origin + "/");
    ArrayNode data = body.putArray("data");
    for (ApiVersion version : ApiVersion.values()) {
      data.add(version(origin + "/" + version.path(), version));
    }
    return Responses.ok(body).withHeader("X-API-Schemas", origin + "/v1/schemas");
  }

  private static ApiResponse apiVersion(Call call) {
    return Responses.ok(version(call.apiScope().base(), call.version()));
  }

  private static ObjectNode version(String base, ApiVersion version) {
    ObjectNode body = Store.JSON.createObjectNode();
    body.put("id", version.path());
    body.put("type", "apiVersion");
    ObjectNode links = body.putObject("links");
    links.put("self", base);
    for (String link : ROOT_LINKS) {
      String name = version == ApiVersion.V1 && link.equals("stacks") ? "environments" : link;
      links.put(name, base + "/" + name);
    }
    body.putObject("actions");
    return body;
  }

  private static ApiResponse catalogRoot(Call call) {
    String base = call.request().origin() + "/v1-catalog";
    ObjectNode body = Store.JSON.createObjectNode();
    body.put("id", "v1-catalog");
    body.put("type", "apiVersion");
    body.putObject("links")
        .put("self", base)
        .put("schemas", base + "/schemas")
        .put("catalogs", base + "/catalogs")
        .put("templates", base + "/templates");
    body.putObject("actions");
    return Responses.ok(body).withHeader("X-API-Schemas", base + "/schemas");
  }

  private static ApiResponse catalogSchemas(Call call) {
    String base = call.request().origin() + "/v1-catalog";
    ObjectNode body = Collections.envelope("schema", base + "/schemas");
    body.putArray("data");
    return Responses.ok(body).withHeader("X-API-Schemas", base + "/schemas");
  }
}
