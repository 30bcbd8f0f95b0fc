package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.Filters;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.Resource;
import io.rancherdeploy.core.api.ResourceType;
import io.rancherdeploy.core.deploy.plan.DesiredService;
import io.rancherdeploy.core.deploy.plan.PlanRejectedException;
import io.rancherdeploy.core.deploy.plan.ServiceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Load balancers name their certificates in rancher-compose.yml ({@code lb_config.certs}, {@code
 * lb_config.default_cert}, or the older top-level keys); Rancher takes ids ({@code
 * lbConfig.certificateIds}, {@code defaultCertificateId}). rancher-compose looks each name up in
 * the environment's {@code certificates}; this does too, in one request for all names, before any
 * change. A name that is missing or ambiguous refuses the deploy with every such problem. The
 * service hash is derived from the files' and the ids found, so a re-run that finds the same ids
 * stays unchanged and a certificate created again under its name (a new id) updates the balancer.
 */
final class LoadBalancerCertificates {
  static final String NAMES = "certificateNames";
  static final String DEFAULT_NAME = "defaultCertificateName";

  private LoadBalancerCertificates() {}

  /** The services with names replaced by ids; no request when no load balancer names one. */
  static List<DesiredService> resolve(
      RancherClient client, String stack, List<DesiredService> files) {
    if (files.stream().noneMatch(LoadBalancerCertificates::namesCertificates)) {
      return files;
    }
    Map<String, List<String>> idsByName = new TreeMap<>();
    for (Resource c : client.list(ResourceType.CERTIFICATE, Filters.none().notRemoved())) {
      if (!c.isRemoved()) {
        idsByName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.id());
      }
    }
    Lookup lookup = new Lookup(idsByName, client.environment().name(), new ArrayList<>());
    List<DesiredService> resolved =
        files.stream().map(s -> namesCertificates(s) ? resolve(s, lookup) : s).toList();
    if (!lookup.problems.isEmpty()) {
      throw new PlanRejectedException(stack, lookup.problems);
    }
    return resolved;
  }

  private static DesiredService resolve(DesiredService s, Lookup lookup) {
    Map<String, Object> lb = new LinkedHashMap<>();
    ((Map<?, ?>) s.serviceFields().get("lbConfig")).forEach((k, v) -> lb.put(String.valueOf(k), v));
    Object names = lb.remove(NAMES);
    if (names instanceof List<?> list) {
      List<String> ids = new ArrayList<>();
      list.forEach(n -> lookup.id(s, NAMES, String.valueOf(n)).ifPresent(ids::add));
      lb.put("certificateIds", ids);
    }
    Object defaultName = lb.remove(DEFAULT_NAME);
    if (defaultName != null) {
      lookup
          .id(s, DEFAULT_NAME, String.valueOf(defaultName))
          .ifPresent(id -> lb.put("defaultCertificateId", id));
    }
    Map<String, Object> fields = new LinkedHashMap<>(s.serviceFields());
    fields.put("lbConfig", lb);
    return s.withResolvedServiceFields(
        fields,
        "certificateIds="
            + lb.getOrDefault("certificateIds", List.of())
            + ";defaultCertificateId="
            + lb.getOrDefault("defaultCertificateId", ""));
  }

  private static boolean namesCertificates(DesiredService s) {
    return s.kind() == ServiceKind.LOAD_BALANCER
        && s.serviceFields().get("lbConfig") instanceof Map<?, ?> lb
        && (lb.containsKey(NAMES) || lb.containsKey(DEFAULT_NAME));
  }

  private record Lookup(
      Map<String, List<String>> idsByName, String environment, List<String> problems) {
    Optional<String> id(DesiredService s, String field, String name) {
      List<String> ids = idsByName.getOrDefault(name, List.of());
      if (ids.size() == 1) {
        return Optional.of(ids.get(0));
      }
      String where =
          s.sources().getOrDefault("lbConfig." + field, "the files")
              + ": service "
              + s.name()
              + ", field "
              + (field.equals(NAMES) ? "lb_config.certs" : "lb_config.default_cert")
              + ": certificate '"
              + name
              + "'";
      problems.add(
          ids.isEmpty()
              ? where
                  + " does not exist in environment "
                  + environment
                  + " (its certificates: "
                  + (idsByName.isEmpty() ? "none" : String.join(", ", idsByName.keySet()))
                  + "). Add it in Rancher (Infrastructure > Certificates) or fix the name"
              : where
                  + " names "
                  + ids.size()
                  + " certificates in environment "
                  + environment
                  + " ("
                  + String.join(", ", ids)
                  + "). Rename all but one in Rancher, so that the name says which one");
      return Optional.empty();
    }
  }
}
