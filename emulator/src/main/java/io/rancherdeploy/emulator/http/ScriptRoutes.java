package io.rancherdeploy.emulator.http;

import io.rancherdeploy.emulator.model.DockerTransform;

/** {@code POST …/scripts/transform} (rancher-api.md §4.10). */
public final class ScriptRoutes {

  private ScriptRoutes() {}

  public static void register(RouteTable routes) {
    routes.api(
        "POST",
        "/scripts/transform",
        call -> Responses.ok(DockerTransform.transform(Bodies.object(call.request()))));
  }
}
