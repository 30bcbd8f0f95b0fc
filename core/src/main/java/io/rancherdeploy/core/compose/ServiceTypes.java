package io.rancherdeploy.core.compose;

import java.util.Optional;

/**
 * Which Rancher resource a service becomes, by the same marker images and keys that rancher-compose
 * uses.
 */
final class ServiceTypes {
  private ServiceTypes() {}

  static ServiceType detect(ServiceDef service, Optional<ServiceDef> rancher) {
    String image = service.string("image").orElse("");
    String repository = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
    if (repository.equals("rancher/external-service")) {
      return ServiceType.EXTERNAL;
    }
    if (repository.equals("rancher/dns-service")) {
      return ServiceType.DNS;
    }
    if (LegacyLoadBalancer.isLegacy(service)
        || repository.equals("rancher/lb-service-haproxy")
        || rancher.flatMap(r -> r.field("lb_config")).isPresent()) {
      return ServiceType.LOAD_BALANCER;
    }
    return ServiceType.SERVICE;
  }
}
