package io.jenkins.plugins.rancherdeploy.standin;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The stand-in types the plugin's classes extend or implement, with their stand-in supertypes: the
 * types whose abstract members the plugin must really implement. Names are matched by simple name,
 * which can only over-approximate (more types checked, never fewer).
 */
final class PluginSupertypes {
  private PluginSupertypes() {}

  static Set<String> of(Path pluginSources, ApiModel standIn) throws IOException {
    Deque<String> names = new ArrayDeque<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(pluginSources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      CompilationUnit unit = Signatures.PARSER.parse(file).getResult().orElseThrow();
      for (ClassOrInterfaceDeclaration c : unit.findAll(ClassOrInterfaceDeclaration.class)) {
        c.getExtendedTypes().forEach(t -> names.add(t.getNameAsString()));
        c.getImplementedTypes().forEach(t -> names.add(t.getNameAsString()));
      }
    }
    Set<String> result = new LinkedHashSet<>();
    while (!names.isEmpty()) {
      String simple = simpleName(names.pop());
      for (ApiModel.Type type : standIn.types.values()) {
        if (type.sig().simpleName().equals(simple) && result.add(type.sig().fqn())) {
          type.sig().supertypes().forEach(names::add);
        }
      }
    }
    return result;
  }

  private static String simpleName(String typeText) {
    String raw = typeText.replaceAll("<.*", "");
    return raw.substring(raw.lastIndexOf('.') + 1);
  }
}
