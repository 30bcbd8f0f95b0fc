package io.jenkins.plugins.rancherdeploy.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stand-in (module jenkins-standin) declares only what exists in Jenkins at the pinned
 * baseline, in the same shape: jenkins-api.md §3.4 steps 1-4. Together with plugin-offline
 * compiling the plugin against the stand-in, this gives: plugin uses ⊆ stand-in ⊆ real, at the
 * signature level.
 */
class StandInSignatureTest {
  private static ApiModel real;
  private static ApiModel standIn;

  @BeforeAll
  static void load() throws Exception {
    real = Manifests.baseline();
    Path sources =
        Path.of(System.getProperty("standin.sources", "../jenkins-standin/src/main/java"));
    assertThat(sources).isDirectory();
    standIn = ApiModel.fromSources(sources);
  }

  @Test
  void everyStandInTypeAndMemberMatchesTheBaselineManifests() throws Exception {
    Path plugin = Path.of(System.getProperty("plugin.sources", "../plugin/src/main/java"));
    Set<String> implemented = PluginSupertypes.of(plugin, standIn);
    assertThat(implemented)
        .contains(
            "org.jenkinsci.plugins.workflow.steps.StepExecution",
            "hudson.model.Describable",
            "jenkins.tasks.SimpleBuildStep");
    List<String> violations = SignatureCheck.compare(standIn, real, implemented);
    assertThat(violations)
        .as("stand-in vs manifests:%n%s", String.join("\n", violations))
        .isEmpty();
  }

  @Test
  void theManifestEntriesOfEveryStandInTypeParse() {
    Set<String> standInTypes = standIn.types.keySet();
    List<String> relevant =
        real.unparsed.stream()
            .filter(
                line ->
                    standInTypes.stream()
                        .anyMatch(
                            t ->
                                line.contains(" " + t + " ")
                                    || line.contains(" " + t + "<")
                                    || line.contains(": " + t + " ::")))
            .collect(Collectors.toList());
    assertThat(relevant).as("manifest lines the check could not read").isEmpty();
  }

  @Test
  void theStandInIsCheckedAgainstEnoughOfTheManifests() {
    assertThat(standIn.types).hasSizeGreaterThan(50);
    assertThat(real.types)
        .containsKeys(
            "hudson.FilePath",
            "org.jenkinsci.plugins.workflow.steps.StepContext",
            "com.cloudbees.plugins.credentials.CredentialsProvider");
    long fromSupplement =
        standIn.types.keySet().stream()
            .filter(
                t ->
                    "supplement.txt"
                        .equals(real.types.get(t) == null ? null : real.types.get(t).origin()))
            .count();
    // Printed for the reviewer: which stand-in types rest on transcribed rather than extracted
    // signatures.
    System.out.printf(
        "stand-in: %d types, %d from supplement.txt (transcribed); manifests: %d types,"
            + " %d unparsed lines%n",
        standIn.types.size(), fromSupplement, real.types.size(), real.unparsed.size());
    assertThat(fromSupplement).isLessThan(25);
  }

  @Test
  void theStandInSourcesAreOnlyDeclarations() throws Exception {
    Path sources =
        Path.of(System.getProperty("standin.sources", "../jenkins-standin/src/main/java"));
    try (var files = Files.walk(sources)) {
      List<Path> withLogic =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(
                  p -> {
                    try {
                      String text = Files.readString(p);
                      return text.contains("if (")
                          || text.contains("for (")
                          || text.contains("while (");
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
      assertThat(withLogic).as("stand-in bodies must throw or hold values, never behave").isEmpty();
    }
  }
}
