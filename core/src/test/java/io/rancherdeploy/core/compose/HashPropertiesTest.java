package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Equivalent spellings of a service hash alike; a change of any value changes the launch config
 * hash.
 */
class HashPropertiesTest {
  /** A service in the abstract; each test writes it in two spellings. */
  record Model(
      String image,
      Map<String, String> environment,
      Map<String, String> labels,
      List<int[]> ports,
      List<String> command,
      long seed) {}

  @Provide
  Arbitrary<Model> models() {
    Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> key =
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6);
    Arbitrary<Map<String, String>> map = Arbitraries.maps(key, word).ofMaxSize(5);
    Arbitrary<int[]> port =
        Combinators.combine(
                Arbitraries.integers().between(0, 65535),
                Arbitraries.integers().between(1, 65535),
                Arbitraries.of(0, 1))
            .as((host, container, udp) -> new int[] {host, container, udp});
    return Combinators.combine(
            word,
            map,
            map.map(m -> prefixed(m)),
            port.list().ofMaxSize(4).uniqueElements(p -> p[1] * 2 + p[2]),
            word.list().ofMaxSize(4),
            Arbitraries.longs())
        .as(Model::new);
  }

  private static Map<String, String> prefixed(Map<String, String> labels) {
    Map<String, String> result = new TreeMap<>();
    labels.forEach((k, v) -> result.put("io.example." + k.toLowerCase(), v));
    return result;
  }

  private static String canonicalSpelling(Model model) {
    StringBuilder yaml = new StringBuilder("web:\n  image: 'img/" + model.image() + "'\n");
    if (!model.environment().isEmpty()) {
      yaml.append("  environment:\n");
      model
          .environment()
          .forEach((k, v) -> yaml.append("    ").append(k).append(": '").append(v).append("'\n"));
    }
    if (!model.labels().isEmpty()) {
      yaml.append("  labels:\n");
      model
          .labels()
          .forEach((k, v) -> yaml.append("    ").append(k).append(": '").append(v).append("'\n"));
    }
    if (!model.ports().isEmpty()) {
      yaml.append("  ports:\n");
      model
          .ports()
          .forEach(
              p ->
                  yaml.append("  - '")
                      .append(p[0] > 0 ? p[0] + ":" : "")
                      .append(p[1])
                      .append(p[2] == 1 ? "/udp" : "")
                      .append("'\n"));
    }
    if (!model.command().isEmpty()) {
      yaml.append("  command: [")
          .append(String.join(", ", model.command().stream().map(w -> "'" + w + "'").toList()))
          .append("]\n");
    }
    return yaml.toString();
  }

  /**
   * The command as a plain scalar, unless YAML would read that as something else than a string (a
   * single word such as NO, on or 12 is a boolean or a number): then quoted, as a user must.
   */
  private static String plainOrQuoted(String command) {
    boolean readsAsString = new Resolver().resolve(NodeId.scalar, command, true).equals(Tag.STR);
    return readsAsString ? command : "\"" + command + "\"";
  }

  private static String otherSpelling(Model model) {
    Random random = new Random(model.seed());
    List<String> parts = new ArrayList<>();
    parts.add("    command: " + plainOrQuoted(String.join(" ", model.command())) + "\n");
    List<String> env = new ArrayList<>();
    model.environment().forEach((k, v) -> env.add("    - " + k + "=" + v + "\n"));
    Collections.shuffle(env, random);
    parts.add("    environment:\n" + String.join("", env));
    List<String> labels = new ArrayList<>();
    model.labels().forEach((k, v) -> labels.add("    - '" + k + "=" + v + "'\n"));
    Collections.shuffle(labels, random);
    parts.add("    labels:\n" + String.join("", labels));
    List<String> ports = new ArrayList<>();
    model
        .ports()
        .forEach(
            p ->
                ports.add(
                    "    - target: "
                        + p[1]
                        + "\n"
                        + (p[0] > 0 ? "      published: " + p[0] + "\n" : "")
                        + "      protocol: "
                        + (p[2] == 1 ? "udp" : "tcp")
                        + "\n"));
    Collections.shuffle(ports, random);
    parts.add("    ports:\n" + String.join("", ports));
    parts.add("    image: img/" + model.image() + "\n");
    Collections.shuffle(parts, random);
    StringBuilder yaml = new StringBuilder("version: '2'\nservices:\n  web:\n");
    for (String part : parts) {
      boolean empty = part.endsWith(":\n") || part.equals("    command: \n");
      if (!empty) {
        yaml.append(part);
      }
    }
    return yaml.toString();
  }

  private static ConfigHashes hashes(String yaml) {
    return Stacks.load(yaml).service("web").orElseThrow().hashes();
  }

  @Property(tries = 300)
  void equivalentSpellingsHashAlike(@ForAll("models") Model model) {
    assertThat(hashes(otherSpelling(model))).isEqualTo(hashes(canonicalSpelling(model)));
  }

  @Property(tries = 200)
  void changingAnEnvironmentValueOrTheImageChangesTheHash(@ForAll("models") Model model) {
    String original = hashes(canonicalSpelling(model)).launchConfig();
    Model newImage =
        new Model(
            model.image() + "x",
            model.environment(),
            model.labels(),
            model.ports(),
            model.command(),
            model.seed());
    assertThat(hashes(canonicalSpelling(newImage)).launchConfig()).isNotEqualTo(original);

    Map<String, String> env = new TreeMap<>(model.environment());
    env.put("CHANGED", "yes");
    Model newEnv =
        new Model(model.image(), env, model.labels(), model.ports(), model.command(), model.seed());
    assertThat(hashes(canonicalSpelling(newEnv)).launchConfig()).isNotEqualTo(original);
  }
}
