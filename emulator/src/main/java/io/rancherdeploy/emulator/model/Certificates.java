package io.rancherdeploy.emulator.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Load balancer certificates ({@code certificate}, ids {@code 1c…}): seeded by the control API or
 * the {@code --config} file, listed by the {@code certificates} collection, and referenced by id
 * from a load balancer's {@code lbConfig.certificateIds} and {@code defaultCertificateId}, which
 * Cattle checks as references. No PEM is kept: a certificate here is a name and an id.
 */
public final class Certificates {
  private Certificates() {}

  /** Adds an active certificate to the environment; returns its id. */
  public static String add(Store store, String projectId, String name) {
    String fingerprint =
        UUID.nameUUIDFromBytes((projectId + "/" + name).getBytes(StandardCharsets.UTF_8))
            .toString();
    return store
        .create(
            ResourceType.CERTIFICATE,
            projectId,
            c -> {
              c.put("name", name);
              c.put("state", "active");
              c.put("transitioning", "no");
              c.putNull("transitioningMessage");
              c.put("cN", name);
              c.putArray("subjectAlternativeNames");
              c.put("algorithm", "SHA256WITHRSA");
              c.put("keySize", 2048);
              c.put("certFingerprint", fingerprint);
              c.put("expiresAt", "Tue, 01 Jan 2030 00:00:00 -0000");
            })
        .get("id")
        .asText();
  }

  /**
   * Removes a certificate as a user does in the UI (Infrastructure > Certificates > Delete): it
   * stays readable as {@code removed} and no longer satisfies a reference.
   */
  public static void remove(Store store, String certificateId) {
    store.update(
        certificateId,
        c -> {
          if (!Resources.type(c).equals("certificate")) {
            throw new IllegalArgumentException(certificateId + " is not a certificate");
          }
          c.put("state", "removed");
          c.put("removed", Store.formatTime(store.now()));
          c.put("removeTime", Store.formatTime(store.now()));
          return null;
        });
  }

  /**
   * Rejects an {@code lbConfig} whose certificate ids are not certificates of the environment (422
   * {@code InvalidReference}, as Cattle answers a dangling reference).
   */
  public static void checkReferences(JsonNode lbConfig, Store store, String projectId) {
    int i = 0;
    for (JsonNode id : lbConfig.path("certificateIds")) {
      check(id, "certificateIds", "lbConfig.certificateIds[" + i++ + "]", store, projectId);
    }
    JsonNode defaultId = lbConfig.path("defaultCertificateId");
    if (defaultId.isTextual() && !defaultId.asText().isEmpty()) {
      check(defaultId, "defaultCertificateId", "lbConfig.defaultCertificateId", store, projectId);
    }
  }

  private static void check(JsonNode id, String field, String at, Store store, String projectId) {
    boolean known =
        id.isTextual()
            && store
                .get(id.asText())
                .filter(
                    c ->
                        Resources.type(c).equals("certificate")
                            && Resources.account(c).equals(projectId)
                            && !Resources.isRemoved(c))
                .isPresent();
    if (!known) {
      throw ApiError.invalid(
          "InvalidReference",
          field,
          at + " [" + id.asText() + "] is not a certificate of this environment");
    }
  }
}
