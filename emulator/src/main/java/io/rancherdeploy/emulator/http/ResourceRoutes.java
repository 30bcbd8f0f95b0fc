package io.rancherdeploy.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.model.Relation;
import io.rancherdeploy.emulator.model.ResourceType;
import io.rancherdeploy.emulator.model.Resources;
import io.rancherdeploy.emulator.model.Store;
import io.rancherdeploy.emulator.simulation.Simulation;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Collections and resources: list (with filters), create (201), read, update, delete, links, and
 * {@code ?action=} (202 with the resource for processes, 200 with the output otherwise).
 */
public final class ResourceRoutes {

  private static final Set<ResourceType> CREATABLE =
      Set.of(
          ResourceType.STACK,
          ResourceType.SERVICE,
          ResourceType.LOAD_BALANCER_SERVICE,
          ResourceType.DNS_SERVICE,
          ResourceType.EXTERNAL_SERVICE,
          ResourceType.PULL_TASK);

  private final Store store;
  private final Simulation simulation;
  private volatile ContainerLogsAction logs;

  public ResourceRoutes(Store store, Simulation simulation, ContainerLogsAction logs) {
    this.store = store;
    this.simulation = simulation;
    this.logs = logs;
  }

  public void logs(ContainerLogsAction action) {
    this.logs = action;
  }

  public void register(RouteTable routes) {
    routes.api("GET", "/{collection}", this::list);
    routes.api("POST", "/{collection}", this::create);
    routes.api("GET", "/{collection}/{id}", this::read);
    routes.api("PUT", "/{collection}/{id}", this::update);
    routes.api("DELETE", "/{collection}/{id}", this::delete);
    routes.api("POST", "/{collection}/{id}", this::action);
    routes.api("GET", "/{collection}/{id}/{link}", this::link);
  }

  private ApiResponse list(Call call) {
    ResourceType type = collectionType(call);
    CollectionQuery query = new CollectionQuery(call.request().query());
    Predicate<JsonNode> filter = query.predicate();
    List<ObjectNode> matching =
        store.list(r -> ofCollection(call, type, r) && visible(call, r) && filter.test(r));
    return Responses.ok(collection(call, type, matching, query));
  }

  private ObjectNode collection(
      Call call, ResourceType type, List<ObjectNode> matching, CollectionQuery query) {
    String self = call.request().url() + queryString(call);
    ObjectNode envelope = Collections.envelope(type.apiName(call.version()), self);
    if (CREATABLE.contains(type) && call.writable()) {
      ((ObjectNode) envelope.get("createTypes"))
          .put(
              type.apiName(call.version()),
              call.apiScope().base() + "/" + type.collection(call.version()));
    }
    return query.render(matching, envelope, r -> render(call, r), self);
  }

  private static String queryString(Call call) {
    StringBuilder out = new StringBuilder();
    call.request()
        .query()
        .forEach(
            (k, values) ->
                values.forEach(
                    v ->
                        out.append(out.length() == 0 ? "?" : "&").append(k).append('=').append(v)));
    return out.toString();
  }

  private ApiResponse create(Call call) {
    ResourceType type = collectionType(call);
    if (!CREATABLE.contains(type) || !call.writable()) {
      throw ApiError.methodNotAllowed(
          "Resource type [" + type.apiName(call.version()) + "] is not creatable");
    }
    ObjectNode input = Bodies.object(call.request());
    if (call.version() == io.rancherdeploy.emulator.model.ApiVersion.V1
        && input.has("environmentId")) {
      input.put("stackId", ResourceRenderer.storedId(input.path("environmentId").asText()));
    }
    String project = call.requireProject();
    ObjectNode created =
        switch (type) {
          case STACK -> simulation.createStack(project, input);
          case PULL_TASK -> simulation.createPullTask(project, input);
          default -> simulation.createService(project, type, input);
        };
    return Responses.json(201, render(call, created));
  }

  private ApiResponse read(Call call) {
    return Responses.ok(render(call, find(call)));
  }

  private ApiResponse update(Call call) {
    ObjectNode resource = find(call);
    requireWritable(call);
    ObjectNode input = Bodies.object(call.request());
    ObjectNode updated =
        switch (ResourceType.byApiName(Resources.type(resource)).orElseThrow()) {
          case STACK -> simulation.updateStack(Resources.id(resource), input);
          case SERVICE, LOAD_BALANCER_SERVICE, DNS_SERVICE, EXTERNAL_SERVICE ->
              simulation.updateService(Resources.id(resource), input);
          default ->
              throw ApiError.methodNotAllowed(
                  "Resource type [" + Resources.type(resource) + "] is not updatable");
        };
    return Responses.ok(render(call, updated));
  }

  private ApiResponse delete(Call call) {
    ObjectNode resource = find(call);
    requireWritable(call);
    String id = Resources.id(resource);
    ObjectNode removing =
        switch (ResourceType.byApiName(Resources.type(resource)).orElseThrow()) {
          case STACK -> simulation.removeStack(id);
          case SERVICE, LOAD_BALANCER_SERVICE, DNS_SERVICE, EXTERNAL_SERVICE ->
              simulation.removeService(id);
          case CONTAINER -> simulation.removeContainer(id);
          default ->
              throw ApiError.methodNotAllowed(
                  "Resource type [" + Resources.type(resource) + "] cannot be deleted");
        };
    return Responses.ok(render(call, removing));
  }

  private ApiResponse action(Call call) {
    String action =
        call.request()
            .param("action")
            .orElseThrow(
                () -> ApiError.methodNotAllowed("POST on a resource needs ?action=<name>"));
    ObjectNode resource = find(call);
    requireWritable(call);
    String id = Resources.id(resource);
    ObjectNode input = Bodies.object(call.request());
    ObjectNode result =
        switch (ResourceType.byApiName(Resources.type(resource)).orElseThrow()) {
          case STACK -> simulation.stackAction(id, action, input);
          case SERVICE, LOAD_BALANCER_SERVICE, DNS_SERVICE, EXTERNAL_SERVICE ->
              simulation.serviceAction(id, action, input);
          case CONTAINER ->
              action.equals("logs")
                  ? containerLogs(call, resource, input)
                  : simulation.containerAction(id, action);
          case HOST -> simulation.hostAction(id, action);
          default -> throw ApiError.invalidAction(action, Resources.type(resource));
        };
    if (!result.path("type").asText().equals(Resources.type(resource))) {
      return Responses.ok(result);
    }
    return Responses.json(202, render(call, result));
  }

  private ObjectNode containerLogs(Call call, ObjectNode container, ObjectNode input) {
    if (Resources.isRemoved(container)) {
      throw ApiError.actionNotAvailable(
          "logs", Resources.id(container), Resources.state(container));
    }
    ObjectNode access =
        logs.hostAccess(Resources.id(container), input, URI.create(call.request().origin()));
    access.put("type", "hostAccess");
    return access;
  }

  private ApiResponse link(Call call) {
    ObjectNode resource = find(call);
    String id = Resources.id(resource);
    String link = call.param("link").toLowerCase();
    CollectionQuery query = new CollectionQuery(call.request().query());
    ResourceType target;
    Predicate<JsonNode> related;
    switch (link) {
      case "services" -> {
        target = ResourceType.SERVICE;
        related =
            r ->
                Resources.isService(r)
                    && (r.path("stackId").asText().equals(id)
                        || Resources.contains(resource.path("serviceIds"), Resources.id(r)));
      }
      case "instances" -> {
        target = ResourceType.CONTAINER;
        related =
            r ->
                Resources.isContainer(r)
                    && (Resources.contains(r.path("serviceIds"), id)
                        || r.path("hostId").asText().equals(id));
      }
      case "stack", "environment" -> {
        return Responses.ok(
            render(
                call,
                store
                    .get(resource.path("stackId").asText())
                    .orElseThrow(() -> ApiError.notFound("no stack for " + id))));
      }
      case "consumedservices", "consumedbyservices" -> {
        boolean consumed = link.equals("consumedservices");
        List<String> ids =
            store
                .list(
                    m ->
                        Resources.type(m).equals("serviceConsumeMap")
                            && !Resources.isRemoved(m)
                            && m.path(consumed ? "serviceId" : "consumedServiceId")
                                .asText()
                                .equals(id))
                .stream()
                .map(m -> m.path(consumed ? "consumedServiceId" : "serviceId").asText())
                .toList();
        target = ResourceType.SERVICE;
        related = r -> ids.contains(Resources.id(r));
      }
      case "servicelogs" -> {
        target = ResourceType.SERVICE_LOG;
        related =
            r -> Resources.type(r).equals("serviceLog") && r.path("serviceId").asText().equals(id);
      }
      case "hosts" -> {
        target = ResourceType.HOST;
        related =
            r ->
                Resources.type(r).equals("host")
                    && Resources.id(r).equals(resource.path("hostId").asText());
      }
      default -> {
        target = ResourceType.SERVICE_CONSUME_MAP;
        related = r -> false;
      }
    }
    Predicate<JsonNode> filter = query.predicate();
    Predicate<ObjectNode> wanted = r -> related.test(r) && visible(call, r) && filter.test(r);
    List<ObjectNode> matching =
        indexed(resource, link)
            .map(relation -> store.list(relation, id, wanted))
            .orElseGet(() -> store.list(wanted));
    return Responses.ok(collection(call, target, matching, query));
  }

  /**
   * The index that holds every resource a link of this resource can relate to (engines poll a
   * service's instances and a stack's services), or empty for a scan of the whole store.
   */
  private static Optional<Relation> indexed(ObjectNode resource, String link) {
    // A stack's serviceIds are services with its stackId; ids of one type never equal another's.
    if (link.equals("services") && Resources.type(resource).equals("stack")) {
      return Optional.of(Relation.SERVICES_OF_STACK);
    }
    if (link.equals("instances") && Resources.isService(resource)) {
      return Optional.of(Relation.CONTAINERS_OF_SERVICE);
    }
    if (link.equals("instances") && Resources.type(resource).equals("host")) {
      return Optional.of(Relation.CONTAINERS_OF_HOST);
    }
    return Optional.empty();
  }

  private ObjectNode find(Call call) {
    ResourceType type = collectionType(call);
    String id = ResourceRenderer.storedId(call.param("id"));
    return store
        .get(id)
        .filter(r -> ofCollection(call, type, r) && visible(call, r))
        .orElseThrow(
            () ->
                ApiError.notFound(
                    type.apiName(call.version()) + " [" + call.param("id") + "] not found"));
  }

  private static ResourceType collectionType(Call call) {
    return ResourceType.byCollection(call.param("collection"))
        .filter(
            t ->
                t != ResourceType.STACK
                    || call.version() == io.rancherdeploy.emulator.model.ApiVersion.V1
                    || !call.param("collection").equalsIgnoreCase("environments"))
        .orElseThrow(
            () -> ApiError.notFound("Not Found: no collection [" + call.param("collection") + "]"));
  }

  private static boolean ofCollection(Call call, ResourceType type, JsonNode r) {
    if (type == ResourceType.SERVICE && call.param("collection").equalsIgnoreCase("services")) {
      return Resources.isService(r);
    }
    if (type == ResourceType.SETTING) {
      return Resources.type(r).equals("setting");
    }
    return Resources.isOfType(r, type);
  }

  private static boolean visible(Call call, JsonNode r) {
    String type = Resources.type(r);
    if (type.equals("setting")) {
      return true;
    }
    if (type.equals("project")) {
      return call.key().map(k -> k.sees(Resources.id(r))).orElse(false);
    }
    String account = Resources.account(r);
    return call.project()
        .map(account::equals)
        .orElseGet(() -> call.key().map(k -> k.sees(account)).orElse(false));
  }

  private static void requireWritable(Call call) {
    if (!call.writable()) {
      throw new ApiError(
          403,
          "Forbidden",
          "An account API key can only read here: use "
              + "/v2-beta/projects/<id>/… or an environment API key",
          null);
    }
  }

  private static ObjectNode render(Call call, ObjectNode resource) {
    return ResourceRenderer.render(resource, call.apiScope().base(), call.version());
  }
}
