package io.rancherdeploy.emulator.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The API keys the emulator accepts. */
public final class Keys {

  private final Map<String, ApiKey> byAccessKey = new ConcurrentHashMap<>();

  public void add(ApiKey key) {
    byAccessKey.put(key.accessKey(), key);
  }

  /**
   * The key when both halves match; comparing secrets in constant time is not needed in an
   * emulator.
   */
  public Optional<ApiKey> authenticate(String accessKey, String secretKey) {
    ApiKey key = byAccessKey.get(accessKey);
    return key != null && key.secretKey().equals(secretKey) ? Optional.of(key) : Optional.empty();
  }

  public List<ApiKey> all() {
    return List.copyOf(byAccessKey.values());
  }
}
