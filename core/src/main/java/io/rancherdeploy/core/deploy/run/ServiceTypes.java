package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.api.Service;
import io.rancherdeploy.core.deploy.plan.ServiceKind;

/** The collection each kind of service is created in, and back. */
final class ServiceTypes {
  private ServiceTypes() {}

  static ResourceType<Service> of(ServiceKind kind) {
    return switch (kind) {
      case SERVICE -> ResourceType.SERVICE;
      case LOAD_BALANCER -> ResourceType.LOAD_BALANCER_SERVICE;
      case EXTERNAL -> ResourceType.EXTERNAL_SERVICE;
      case DNS -> ResourceType.DNS_SERVICE;
    };
  }

  static ServiceKind kind(Service service) {
    return switch (service.type().toLowerCase(java.util.Locale.ROOT)) {
      case "loadbalancerservice" -> ServiceKind.LOAD_BALANCER;
      case "externalservice" -> ServiceKind.EXTERNAL;
      case "dnsservice" -> ServiceKind.DNS;
      default -> ServiceKind.SERVICE;
    };
  }
}
