package io.rancherdeploy.core.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service-level fields (what rancher-compose hashes apart from the launch config): {@code
 * lbConfig}, {@code metadata}, {@code scalePolicy}, {@code retainIp}, {@code startOnCreate}, the
 * selectors from labels, and for external services {@code externalIpAddresses}, {@code hostname}
 * and {@code healthCheck}.
 */
final class ServiceFieldsMapper {
  static final String DEFAULT_LB_IMAGE = "rancher/lb-service-haproxy:v0.7.15";

  private ServiceFieldsMapper() {}

  static Map<String, Object> map(
      ServiceType type, ServiceDef service, Optional<ServiceDef> rancher) {
    Map<String, Object> fields = new LinkedHashMap<>();
    rancher
        .flatMap(r -> r.field("metadata"))
        .map(Field::value)
        .filter(v -> v instanceof Map<?, ?> m && !m.isEmpty())
        .ifPresent(v -> fields.put("metadata", v));
    rancher
        .flatMap(r -> r.field("scale_policy"))
        .ifPresent(f -> fields.put("scalePolicy", f.value()));
    LaunchConfigMapper.putTrue(fields, "retainIp", rancher.flatMap(r -> r.bool("retain_ip")));
    LaunchConfigMapper.putTrue(
        fields, "startOnCreate", rancher.flatMap(r -> r.bool("start_on_create")));
    Map<String, String> labels = service.keyValues("labels");
    LaunchConfigMapper.putText(
        fields,
        "selectorContainer",
        Optional.ofNullable(labels.get("io.rancher.service.selector.container")));
    LaunchConfigMapper.putText(
        fields,
        "selectorLink",
        Optional.ofNullable(labels.get("io.rancher.service.selector.link")));
    switch (type) {
      case LOAD_BALANCER -> fields.put("lbConfig", lbConfig(service, rancher));
      case EXTERNAL -> {
        LaunchConfigMapper.putList(
            fields,
            "externalIpAddresses",
            rancher.map(r -> r.strings("external_ips")).orElse(List.of()));
        LaunchConfigMapper.putText(fields, "hostname", rancher.flatMap(r -> r.string("hostname")));
        rancher
            .flatMap(r -> r.field("health_check"))
            .ifPresent(f -> fields.put("healthCheck", f.value()));
      }
      default -> {}
    }
    return fields;
  }

  /**
   * Where a load balancer's certificate names were written (the later keys win, as in {@link
   * #lbConfig}), so that a name Rancher does not know is reported at its place.
   */
  static Map<String, String> sources(ServiceType type, Optional<ServiceDef> rancher) {
    Map<String, String> sources = new LinkedHashMap<>();
    if (type != ServiceType.LOAD_BALANCER || rancher.isEmpty()) {
      return sources;
    }
    ServiceDef r = rancher.get();
    r.field("lb_config")
        .filter(f -> f.value() instanceof Map<?, ?>)
        .ifPresent(
            f -> {
              Map<?, ?> lb = (Map<?, ?>) f.value();
              if (lb.containsKey("certificateNames")) {
                sources.put("lbConfig.certificateNames", place(f, "certs"));
              }
              if (lb.containsKey("defaultCertificateName")) {
                sources.put("lbConfig.defaultCertificateName", place(f, "default_cert"));
              }
            });
    r.field("certs").ifPresent(f -> sources.put("lbConfig.certificateNames", place(f, "")));
    r.field("default_cert")
        .ifPresent(f -> sources.put("lbConfig.defaultCertificateName", place(f, "")));
    return sources;
  }

  private static String place(Field field, String key) {
    String path = key.isEmpty() ? field.path() : field.path() + "." + key;
    return field.location().file()
        + (field.location().line() > 0 ? " line " + field.location().line() : "")
        + " ("
        + path
        + ")";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lbConfig(ServiceDef service, Optional<ServiceDef> rancher) {
    Map<String, Object> lb = new LinkedHashMap<>();
    rancher
        .flatMap(r -> r.field("lb_config"))
        .ifPresent(f -> lb.putAll((Map<String, Object>) f.value()));
    if (LegacyLoadBalancer.isLegacy(service) && !lb.containsKey("portRules")) {
      lb.put("portRules", LegacyLoadBalancer.portRules(service));
    }
    lb.putIfAbsent("portRules", List.of());
    rancher.ifPresent(
        r -> {
          LaunchConfigMapper.putList(lb, "certificateNames", r.strings("certs"));
          LaunchConfigMapper.putText(lb, "defaultCertificateName", r.string("default_cert"));
          r.field("load_balancer_config").ifPresent(f -> legacyConfig(lb, f.value()));
        });
    return lb;
  }

  /**
   * {@code load_balancer_config} (1.0/1.1): haproxy sections become {@code config}, the cookie
   * policy stays.
   */
  @SuppressWarnings("unchecked")
  private static void legacyConfig(Map<String, Object> lb, Object value) {
    if (!(value instanceof Map<?, ?> raw)) {
      return;
    }
    Map<String, Object> config = (Map<String, Object>) raw;
    if (config.get("haproxy_config") instanceof Map<?, ?> haproxy) {
      StringBuilder text = new StringBuilder();
      for (String section : List.of("global", "defaults")) {
        Object body = haproxy.get(section);
        if (body instanceof String s && !s.isBlank()) {
          text.append(section).append('\n');
          s.lines().forEach(line -> text.append("    ").append(line.strip()).append('\n'));
        }
      }
      if (!text.isEmpty()) {
        lb.putIfAbsent("config", text.toString());
      }
    }
    if (config.get("lb_cookie_stickiness_policy") instanceof Map<?, ?> cookie) {
      lb.putIfAbsent("stickinessPolicy", cookie);
    }
  }
}
