package io.jenkins.plugins.rancherdeploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user-facing texts in {@code Messages.properties}, and the {@code Messages} classes the
 * localizer generates from them (as the real parent POM does): every key is used, every text is a
 * valid MessageFormat pattern with its quotes doubled, and the generated classes render them.
 */
class MessagesTest {
  private static final Path RESOURCES =
      Path.of(System.getProperty("plugin.resources", "../plugin/src/main/resources"));
  private static final Path SOURCES =
      Path.of(System.getProperty("plugin.sources", "../plugin/src/main/java"));

  private static List<Path> bundles() throws IOException {
    try (Stream<Path> walk = Files.walk(RESOURCES)) {
      return walk.filter(p -> p.getFileName().toString().equals("Messages.properties")).toList();
    }
  }

  private static Properties load(Path bundle) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.ISO_8859_1)) {
      properties.load(in);
    }
    return properties;
  }

  @Test
  void everyKeyIsUsedByTheCodeOfItsPackage() throws IOException {
    List<String> unused = new ArrayList<>();
    List<Path> bundles = bundles();
    assertThat(bundles).hasSize(2);
    for (Path bundle : bundles) {
      Path packageDir = SOURCES.resolve(RESOURCES.relativize(bundle.getParent()));
      String code;
      try (Stream<Path> files = Files.list(packageDir)) {
        StringBuilder all = new StringBuilder();
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          all.append(Files.readString(f));
        }
        code = all.toString();
      }
      for (String key : load(bundle).stringPropertyNames()) {
        if (!code.contains("Messages." + key.replace('.', '_') + "(")) {
          unused.add(RESOURCES.relativize(bundle) + ": " + key);
        }
      }
    }
    assertThat(unused).isEmpty();
  }

  @Test
  void everyApostropheIsDoubledForMessageFormat() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path bundle : bundles()) {
      Properties properties = load(bundle);
      for (String key : properties.stringPropertyNames()) {
        String value = properties.getProperty(key);
        if (value.replace("''", "").contains("'")) {
          problems.add(key + ": " + value);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theGeneratedClassesRenderTheTexts() {
    assertThat(Messages.RancherDeployStep_DisplayName())
        .isEqualTo("Deploy a compose stack to Rancher");
    assertThat(
            io.jenkins.plugins.rancherdeploy.config.Messages.ConnectionTest_CredentialNotFound(
                "rancher-key"))
        .startsWith("Credential 'rancher-key' was not found in Jenkins' global credentials");
    assertThat(io.jenkins.plugins.rancherdeploy.config.Messages.FormSupport_OnlyEnvironment())
        .isEqualTo("- none: the key's only environment -");
  }
}
