package io.rancherdeploy.core.compose.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns SnakeYAML nodes into located {@link YamlNode}s: resolves merge keys ({@code <<}), reports
 * duplicate keys, refuses custom tags and recursive aliases, and stops an alias expansion that
 * grows beyond a budget.
 */
final class NodeConverter {
  private final String file;
  private final Diagnostics diagnostics;
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
  private int budget;
  private boolean exhausted;

  NodeConverter(String file, Diagnostics diagnostics, int maxNodes) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.budget = maxNodes;
  }

  static Location locate(String file, Mark mark) {
    return mark == null
        ? Location.ofFile(file)
        : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  Optional<YamlNode> convert(Node root) {
    int before = diagnostics.errorCount();
    YamlNode node = node(root);
    return diagnostics.errorCount() > before ? Optional.empty() : Optional.of(node);
  }

  private YamlNode node(Node node) {
    Location at = locate(file, node.getStartMark());
    if (--budget < 0) {
      if (!exhausted) {
        exhausted = true;
        diagnostics.error(
            at,
            "",
            "the document expands to too many nodes through aliases",
            "a compose file without alias bombs",
            "");
      }
      return new YamlScalar("", YamlScalar.Kind.NULL, at);
    }
    if (!inProgress.add(node)) {
      diagnostics.error(at, "", "a YAML alias refers to itself", "an alias to a finished node", "");
      return new YamlScalar("", YamlScalar.Kind.NULL, at);
    }
    try {
      if (node instanceof ScalarNode scalar) {
        return scalar(scalar, at);
      } else if (node instanceof SequenceNode sequence) {
        List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
        for (Node item : sequence.getValue()) {
          items.add(node(item));
        }
        return new YamlSeq(items, at);
      }
      return mapping((MappingNode) node, at);
    } finally {
      inProgress.remove(node);
    }
  }

  private YamlScalar scalar(ScalarNode scalar, Location at) {
    Tag tag = scalar.getTag();
    YamlScalar.Kind kind;
    if (!scalar.isPlain() || Tag.STR.equals(tag)) {
      kind = YamlScalar.Kind.STRING;
    } else if (Tag.INT.equals(tag)) {
      kind = YamlScalar.Kind.INT;
    } else if (Tag.FLOAT.equals(tag)) {
      kind = YamlScalar.Kind.FLOAT;
    } else if (Tag.BOOL.equals(tag)) {
      kind = YamlScalar.Kind.BOOL;
    } else if (Tag.NULL.equals(tag)) {
      kind = YamlScalar.Kind.NULL;
    } else if (tag.isCompatible(String.class)
        || Tag.TIMESTAMP.equals(tag)
        || Tag.MERGE.equals(tag)) {
      kind = YamlScalar.Kind.STRING;
    } else {
      diagnostics.error(
          at, "", "the YAML tag " + tag + " is not allowed", "plain YAML values", "remove the tag");
      kind = YamlScalar.Kind.STRING;
    }
    return new YamlScalar(scalar.getValue(), kind, at);
  }

  private YamlMap mapping(MappingNode mapping, Location at) {
    List<YamlMap.Entry> entries = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    List<YamlMap.Entry> merged = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      YamlNode key = node(keyNode);
      if (Tag.MERGE.equals(keyNode.getTag())) {
        merged.addAll(mergeEntries(node(tuple.getValueNode())));
        continue;
      }
      if (!(key instanceof YamlScalar scalarKey)) {
        diagnostics.error(key.location(), "", "a mapping key must be a plain value", "a name", "");
        continue;
      }
      Location first = seen.putIfAbsent(scalarKey.value(), scalarKey.location());
      if (first != null) {
        diagnostics.error(
            scalarKey.location(),
            "",
            "duplicate key `" + scalarKey.value() + "` (first at line " + first.line() + ")",
            "each key once",
            "remove one of them");
        continue;
      }
      entries.add(new YamlMap.Entry(scalarKey, node(tuple.getValueNode())));
    }
    for (YamlMap.Entry entry : merged) {
      // Explicit keys win over merged ones, and earlier merge sources over later ones (YAML merge
      // rules).
      if (seen.putIfAbsent(entry.name(), entry.key().location()) == null) {
        entries.add(entry);
      }
    }
    return new YamlMap(entries, at);
  }

  private List<YamlMap.Entry> mergeEntries(YamlNode source) {
    if (source instanceof YamlMap map) {
      return map.entries();
    }
    List<YamlMap.Entry> entries = new ArrayList<>();
    if (source instanceof YamlSeq seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlMap map) {
          entries.addAll(map.entries());
        } else {
          diagnostics.wrongType(item, "<<", "a mapping to merge");
        }
      }
      return entries;
    }
    diagnostics.wrongType(source, "<<", "a mapping or a list of mappings to merge");
    return entries;
  }
}
