package io.rancherdeploy.emulator.simulation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Images' behaviours, looked up by image name with or without the {@code docker:} prefix. */
public final class ImageCatalog {

  private final Map<String, ImageBehaviour> images = new ConcurrentHashMap<>();
  private volatile ImageBehaviour fallback = ImageBehaviour.defaults();

  public void define(String image, ImageBehaviour behaviour) {
    images.put(normalize(image), behaviour);
  }

  public void defaults(ImageBehaviour behaviour) {
    this.fallback = behaviour;
  }

  public ImageBehaviour behaviourOf(String imageUuid) {
    return images.getOrDefault(normalize(imageUuid), fallback);
  }

  static String normalize(String image) {
    String name = image.startsWith("docker:") ? image.substring("docker:".length()) : image;
    return name.contains(":") || name.contains("@") ? name : name + ":latest";
  }
}
