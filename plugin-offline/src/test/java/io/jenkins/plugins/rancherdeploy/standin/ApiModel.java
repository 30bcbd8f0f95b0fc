package io.jenkins.plugins.rancherdeploy.standin;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.jenkins.plugins.rancherdeploy.standin.Signatures.Kind;
import io.jenkins.plugins.rancherdeploy.standin.Signatures.MemberSig;
import io.jenkins.plugins.rancherdeploy.standin.Signatures.TypeSig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A set of types with their members, read from manifest files or from Java sources. */
final class ApiModel {
  /** One type: its signature, its members, and where it was read. */
  record Type(TypeSig sig, List<MemberSig> members, String origin) {}

  final Map<String, Type> types = new LinkedHashMap<>();

  /** Manifest lines that could not be parsed, as "origin: line". */
  final List<String> unparsed = new ArrayList<>();

  private static final Pattern TYPE_LINE =
      Pattern.compile("^TYPE (.*?)\\b(class|interface|enum|@interface)\\s+([\\w.$]+)(.*)$");
  private static final Pattern MEMBER_LINE = Pattern.compile("^\\s+([\\w.$]+) :: (.*)$");

  /** Reads manifest files in the format of {@code ../shared/jenkins-api/README.md}. */
  static ApiModel fromManifests(List<Path> files) throws IOException {
    ApiModel model = new ApiModel();
    Map<String, String> typeLines = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    Map<String, List<String>> memberLines = new LinkedHashMap<>();
    for (Path file : files) {
      String current = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Matcher t = TYPE_LINE.matcher(line);
        if (t.matches()) {
          current = t.group(3);
          typeLines.putIfAbsent(current, line);
          origins.putIfAbsent(current, file.getFileName().toString());
          memberLines.computeIfAbsent(current, k -> new ArrayList<>());
          continue;
        }
        Matcher m = MEMBER_LINE.matcher(line);
        String owner = m.matches() ? m.group(1) : current;
        String text = m.matches() ? m.group(2) : line.strip();
        if (owner == null) {
          model.unparsed.add(file.getFileName() + ": " + line);
          continue;
        }
        List<String> lines = memberLines.computeIfAbsent(owner, k -> new ArrayList<>());
        if (!lines.contains(text)) {
          lines.add(text);
        }
      }
    }
    Map<String, TypeSig> sigs = new LinkedHashMap<>();
    for (var e : typeLines.entrySet()) {
      TypeSig sig = parseTypeLine(e.getKey(), e.getValue(), sigs);
      if (sig == null) {
        model.unparsed.add(origins.get(e.getKey()) + ": " + e.getValue());
      } else {
        sigs.put(e.getKey(), sig);
      }
    }
    for (var e : sigs.entrySet()) {
      List<MemberSig> members = new ArrayList<>();
      for (String text : memberLines.getOrDefault(e.getKey(), List.of())) {
        MemberSig member = parseMemberLine(e.getValue(), text);
        if (member == null) {
          model.unparsed.add(origins.get(e.getKey()) + ": " + e.getKey() + " :: " + text);
        } else {
          members.add(member);
        }
      }
      model.types.put(e.getKey(), new Type(e.getValue(), members, origins.get(e.getKey())));
    }
    return model;
  }

  private static TypeSig parseTypeLine(String fqn, String line, Map<String, TypeSig> known) {
    Matcher t = TYPE_LINE.matcher(line);
    if (!t.matches()) {
      return null;
    }
    String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
    String source = t.group(1) + t.group(2) + " " + simple + t.group(4) + " {}";
    var result = Signatures.PARSER.parse(source);
    if (!result.isSuccessful() || result.getResult().get().getTypes().isEmpty()) {
      return null;
    }
    String parent = fqn.substring(0, fqn.lastIndexOf('.'));
    TypeSig outer = known.get(parent);
    boolean inInterface =
        outer != null && (outer.kind() == Kind.INTERFACE || outer.kind() == Kind.ANNOTATION);
    return Signatures.type(fqn, result.getResult().get().getType(0), inInterface);
  }

  private static MemberSig parseMemberLine(TypeSig owner, String text) {
    String body = text.replace("[default]", "").strip();
    if (body.startsWith("CONSTANTS ")) {
      List<String> names = List.of(body.substring("CONSTANTS ".length()).split("\\s*,\\s*"));
      return new MemberSig(
          owner.fqn(),
          Kind.CONSTANTS,
          "",
          java.util.Set.of(),
          "",
          "",
          List.of(),
          java.util.Set.of(),
          false,
          "",
          names);
    }
    String simple = owner.simpleName();
    if (body.startsWith("FIELD ")) {
      body = body.substring("FIELD ".length()) + ";";
    } else if (body.contains("<init>(")) {
      body = body.replace("<init>(", simple + "(") + " {}";
    } else {
      body = body + ";";
    }
    String keyword =
        switch (owner.kind()) {
          case INTERFACE -> "interface";
          case ANNOTATION -> "@interface";
          case ENUM -> "enum";
          default -> "class";
        };
    String prefix = owner.kind() == Kind.ENUM ? ";" : "";
    var result = Signatures.PARSER.parse(keyword + " " + simple + " { " + prefix + body + " }");
    if (!result.isSuccessful()) {
      return null;
    }
    TypeDeclaration<?> decl = result.getResult().get().getType(0);
    if (decl.getMembers().isEmpty()) {
      return null;
    }
    BodyDeclaration<?> member = decl.getMembers().get(0);
    return Signatures.member(
        owner.fqn(), member, owner.kind() == Kind.INTERFACE, owner.kind() == Kind.ANNOTATION);
  }

  /**
   * Reads every {@code .java} file under {@code root}, including private members (constructors
   * matter).
   */
  static ApiModel fromSources(Path root) throws IOException {
    ApiModel model = new ApiModel();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : files) {
      CompilationUnit unit =
          Signatures.check(Signatures.PARSER.parse(file), file.toString())
              .getResult()
              .orElseThrow();
      String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
      for (TypeDeclaration<?> decl : unit.getTypes()) {
        add(model, pkg + decl.getNameAsString(), decl, false, root.relativize(file).toString());
      }
    }
    return model;
  }

  private static void add(
      ApiModel model, String fqn, TypeDeclaration<?> decl, boolean inInterface, String origin) {
    TypeSig sig = Signatures.type(fqn, decl, inInterface);
    model.types.put(fqn, new Type(sig, Signatures.members(fqn, decl, true), origin));
    boolean iface = sig.kind() == Kind.INTERFACE || sig.kind() == Kind.ANNOTATION;
    for (BodyDeclaration<?> member : decl.getMembers()) {
      if (member instanceof TypeDeclaration<?> nested) {
        add(model, fqn + "." + nested.getNameAsString(), nested, iface, origin);
      }
    }
  }
}
