package io.rancherdeploy.core.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to load: the compose files in order (later files override earlier ones, as {@code -f a -f
 * b}), the optional rancher-compose file, env files, an explicit variables map, whether the process
 * environment is read, and whether unset variables become empty instead of an error. Files are
 * given as paths or, for callers that already hold the text (a Jenkins workspace on an agent, a
 * test), as a name and a text.
 *
 * <p>Variables are looked up in this order, first wins: the explicit map, the process environment
 * (only when {@link Builder#readProcessEnvironment} is on), then the env files (a later file
 * overrides an earlier one).
 */
public final class ComposeSource {
  /** One input file: a path to read, or a text already in memory under a name used in problems. */
  public sealed interface Input permits FileInput, TextInput {
    String name();
  }

  /** A file on disk; its name in problems is the path as given. */
  public record FileInput(Path path) implements Input {
    public FileInput {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String name() {
      return path.toString();
    }
  }

  /** A text in memory under a name. */
  public record TextInput(String name, String text) implements Input {
    public TextInput {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }

  private final List<Input> composeFiles;
  private final Optional<Input> rancherComposeFile;
  private final List<Input> envFiles;
  private final Map<String, String> variables;
  private final boolean readProcessEnvironment;
  private final Optional<Map<String, String>> processEnvironment;
  private final boolean unsetVariablesAsEmpty;

  private ComposeSource(Builder b) {
    this.composeFiles = List.copyOf(b.composeFiles);
    this.rancherComposeFile = b.rancherComposeFile;
    this.envFiles = List.copyOf(b.envFiles);
    this.variables = Map.copyOf(b.variables);
    this.readProcessEnvironment = b.readProcessEnvironment;
    this.processEnvironment = b.processEnvironment;
    this.unsetVariablesAsEmpty = b.unsetVariablesAsEmpty;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Input> composeFiles() {
    return composeFiles;
  }

  public Optional<Input> rancherComposeFile() {
    return rancherComposeFile;
  }

  public List<Input> envFiles() {
    return envFiles;
  }

  /** The explicit variables; never printed by {@link #toString()}. */
  public Map<String, String> variables() {
    return variables;
  }

  public boolean readProcessEnvironment() {
    return readProcessEnvironment;
  }

  /**
   * The environment to read when {@link #readProcessEnvironment()}: the one given, or the process's
   * own.
   */
  public Map<String, String> processEnvironment() {
    if (!readProcessEnvironment) {
      return Map.of();
    }
    return processEnvironment.orElseGet(System::getenv);
  }

  public boolean unsetVariablesAsEmpty() {
    return unsetVariablesAsEmpty;
  }

  @Override
  public String toString() {
    return "ComposeSource[composeFiles="
        + composeFiles.stream().map(Input::name).toList()
        + ", rancherComposeFile="
        + rancherComposeFile.map(Input::name).orElse("none")
        + ", envFiles="
        + envFiles.stream().map(Input::name).toList()
        + ", variables="
        + variables.keySet()
        + "]";
  }

  /** Collects the parts; every method returns this builder. */
  public static final class Builder {
    private final List<Input> composeFiles = new ArrayList<>();
    private Optional<Input> rancherComposeFile = Optional.empty();
    private final List<Input> envFiles = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private boolean readProcessEnvironment;
    private Optional<Map<String, String>> processEnvironment = Optional.empty();
    private boolean unsetVariablesAsEmpty;

    private Builder() {}

    /** Adds a compose file after the ones already given (it overrides them). */
    public Builder composeFile(Path path) {
      composeFiles.add(new FileInput(path));
      return this;
    }

    public Builder composeFile(String name, String text) {
      composeFiles.add(new TextInput(name, text));
      return this;
    }

    public Builder rancherComposeFile(Path path) {
      rancherComposeFile = Optional.of(new FileInput(path));
      return this;
    }

    public Builder rancherComposeFile(String name, String text) {
      rancherComposeFile = Optional.of(new TextInput(name, text));
      return this;
    }

    /** Adds an env file after the ones already given (it overrides them). */
    public Builder envFile(Path path) {
      envFiles.add(new FileInput(path));
      return this;
    }

    public Builder envFile(String name, String text) {
      envFiles.add(new TextInput(name, text));
      return this;
    }

    /**
     * Adds explicit variables (a Jenkins build's environment and parameters); they win over every
     * other source.
     */
    public Builder variables(Map<String, String> values) {
      values.forEach(this::variable);
      return this;
    }

    public Builder variable(String name, String value) {
      variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Reads the process environment (off by default: a CI job should say what it uses). */
    public Builder readProcessEnvironment(boolean read) {
      readProcessEnvironment = read;
      return this;
    }

    /** Reads this map as the process environment (the environment of a Jenkins agent, a test). */
    public Builder processEnvironment(Map<String, String> environment) {
      readProcessEnvironment = true;
      processEnvironment = Optional.of(Map.copyOf(environment));
      return this;
    }

    /** Unset variables without a default become empty (with a warning) instead of an error. */
    public Builder unsetVariablesAsEmpty(boolean asEmpty) {
      unsetVariablesAsEmpty = asEmpty;
      return this;
    }

    public ComposeSource build() {
      return new ComposeSource(this);
    }
  }
}
