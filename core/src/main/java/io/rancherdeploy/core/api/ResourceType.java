package io.rancherdeploy.core.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A collection of the API and the view its resources come back as. The schema id is the v2-beta
 * one; on {@code /v1} the client translates {@code stack} to {@code environment} and {@code
 * stackId} to {@code environmentId} (rancher-api.md §1.1).
 */
public final class ResourceType<T extends Resource> {
  public static final ResourceType<Environment> PROJECT =
      new ResourceType<>("project", Environment::new);
  public static final ResourceType<Stack> STACK = new ResourceType<>("stack", Stack::new);
  public static final ResourceType<Service> SERVICE = new ResourceType<>("service", Service::new);
  public static final ResourceType<Service> LOAD_BALANCER_SERVICE =
      new ResourceType<>("loadBalancerService", Service::new);
  public static final ResourceType<Service> DNS_SERVICE =
      new ResourceType<>("dnsService", Service::new);
  public static final ResourceType<Service> EXTERNAL_SERVICE =
      new ResourceType<>("externalService", Service::new);
  public static final ResourceType<Container> CONTAINER =
      new ResourceType<>("container", Container::new);
  public static final ResourceType<Container> INSTANCE =
      new ResourceType<>("instance", Container::new);
  public static final ResourceType<Host> HOST = new ResourceType<>("host", Host::new);
  public static final ResourceType<ServiceLog> SERVICE_LOG =
      new ResourceType<>("serviceLog", ServiceLog::new);
  public static final ResourceType<Resource> SERVICE_CONSUME_MAP = generic("serviceConsumeMap");
  public static final ResourceType<Resource> PULL_TASK = generic("pullTask");
  public static final ResourceType<Resource> SETTING = generic("setting");
  public static final ResourceType<Resource> SECRET = generic("secret");

  /** Load balancer certificates of the environment (names and ids; rancher-api.md §6.6). */
  public static final ResourceType<Resource> CERTIFICATE = generic("certificate");

  private final String schemaId;
  private final Function<ObjectNode, T> view;

  private ResourceType(String schemaId, Function<ObjectNode, T> view) {
    this.schemaId = schemaId;
    this.view = view;
  }

  /** Any other collection, with the plain {@link Resource} view. */
  public static ResourceType<Resource> generic(String schemaId) {
    if (Objects.requireNonNull(schemaId, "schemaId").isBlank()) {
      throw new IllegalArgumentException("schemaId is blank");
    }
    return new ResourceType<>(schemaId, Resource::new);
  }

  /**
   * The view for a resource of this API type as events and links deliver them ({@code container}
   * and {@code instance} give {@link Container}, every service kind {@link Service}, {@code
   * environment} {@link Stack} on /v1, ...); unknown types give the plain {@link Resource}.
   */
  public static ResourceType<? extends Resource> forApiType(String apiType) {
    for (ResourceType<?> known :
        List.of(
            PROJECT,
            STACK,
            SERVICE,
            LOAD_BALANCER_SERVICE,
            DNS_SERVICE,
            EXTERNAL_SERVICE,
            CONTAINER,
            INSTANCE,
            HOST,
            SERVICE_LOG)) {
      if (known.schemaId.equalsIgnoreCase(apiType)) {
        return known;
      }
    }
    if ("environment".equalsIgnoreCase(apiType)) {
      return STACK;
    }
    return generic(apiType == null || apiType.isBlank() ? "resource" : apiType);
  }

  /** The schema id as {@code /v2-beta} spells it, e.g. {@code loadBalancerService}. */
  public String schemaId() {
    return schemaId;
  }

  public T view(ObjectNode json) {
    return view.apply(json);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResourceType<?> that && that.schemaId.equals(schemaId);
  }

  @Override
  public int hashCode() {
    return schemaId.hashCode();
  }

  @Override
  public String toString() {
    return schemaId;
  }
}
