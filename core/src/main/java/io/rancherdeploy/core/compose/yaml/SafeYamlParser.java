package io.rancherdeploy.core.compose.yaml;

import java.io.StringReader;
import java.util.Iterator;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Parses one YAML document safely: SnakeYAML's node API only (no object is ever constructed, so no
 * arbitrary type), with limits on aliases, nesting depth, document size and alias expansion, so
 * that a hostile file fails fast with a located problem instead of exhausting memory.
 */
public final class SafeYamlParser {
  /** Largest file accepted, in characters; real compose files are a few kilobytes. */
  public static final int MAX_CHARACTERS = 3 * 1024 * 1024;

  static final int MAX_ALIASES = 100;
  static final int MAX_DEPTH = 64;
  static final int MAX_NODES = 500_000;

  private SafeYamlParser() {}

  /**
   * The document's root, or empty for an empty file or when the file has problems (then in {@code
   * diagnostics}).
   */
  public static Optional<YamlNode> parse(String file, String text, Diagnostics diagnostics) {
    if (text.length() > MAX_CHARACTERS) {
      diagnostics.error(
          Location.ofFile(file),
          "",
          "the file is larger than " + MAX_CHARACTERS + " characters",
          "a compose file of a reasonable size",
          "");
      return Optional.empty();
    }
    try {
      Iterator<Node> documents = yaml().composeAll(new StringReader(text)).iterator();
      if (!documents.hasNext()) {
        return Optional.empty();
      }
      Node root = documents.next();
      if (documents.hasNext()) {
        Node second = documents.next();
        diagnostics.error(
            NodeConverter.locate(file, second.getStartMark()),
            "",
            "the file holds more than one YAML document",
            "one document",
            "remove the `---` separator or split the file and pass both with -f");
        return Optional.empty();
      }
      return new NodeConverter(file, diagnostics, MAX_NODES).convert(root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      diagnostics.error(
          NodeConverter.locate(file, mark), "", syntaxMessage(e), "valid YAML", indentationHint(e));
      return Optional.empty();
    } catch (YAMLException e) {
      diagnostics.error(Location.ofFile(file), "", limitMessage(e.getMessage()), "", "");
      return Optional.empty();
    }
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CHARACTERS);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(
        true); // duplicates are reported by the converter, with both lines
    DumperOptions dump = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options);
  }

  private static String syntaxMessage(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    return "YAML syntax error: " + problem + context;
  }

  private static String indentationHint(MarkedYAMLException e) {
    String problem = String.valueOf(e.getProblem()) + " " + e.getContext();
    if (problem.contains("mapping values are not allowed")
        || problem.contains("expected <block end>")
        || problem.contains("could not find expected ':'")) {
      return "check the indentation of this line and the one before (spaces only, same depth for"
          + " siblings)";
    }
    if (problem.contains("tab")) {
      return "indent with spaces, not tabs";
    }
    return "";
  }

  private static String limitMessage(String raw) {
    String text = raw == null ? "" : raw;
    if (text.contains("aliases")) {
      return "the file uses too many YAML aliases (at most " + MAX_ALIASES + ")";
    }
    if (text.contains("Nesting Depth")) {
      return "the file nests deeper than " + MAX_DEPTH + " levels";
    }
    if (text.contains("code points")) {
      return "the file is larger than " + MAX_CHARACTERS + " characters";
    }
    return "the file cannot be read as YAML: " + text;
  }
}
