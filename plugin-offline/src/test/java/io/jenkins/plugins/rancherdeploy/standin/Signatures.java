package io.jenkins.plugins.rancherdeploy.standin;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The normalized shape of a Java type and its members, built the same way from a manifest line and
 * from a stand-in source, so that the two compare as values. What javac cares about is kept (kind,
 * modifiers that change compilation, type parameters, return and parameter types, {@code throws},
 * default, deprecation, annotation targets); what it does not is dropped (parameter names, nullness
 * annotations, {@code synchronized}).
 */
final class Signatures {
  private Signatures() {}

  enum Kind {
    CLASS,
    INTERFACE,
    ENUM,
    ANNOTATION,
    METHOD,
    CONSTRUCTOR,
    FIELD,
    ANNOTATION_MEMBER,
    CONSTANTS
  }

  enum Mod {
    PUBLIC,
    PROTECTED,
    PRIVATE,
    STATIC,
    ABSTRACT,
    FINAL,
    DEFAULT
  }

  record TypeSig(
      String fqn,
      Kind kind,
      Set<Mod> modifiers,
      String typeParameters,
      Set<String> supertypes,
      String target,
      String retention,
      boolean deprecated) {
    String simpleName() {
      return fqn.substring(fqn.lastIndexOf('.') + 1);
    }
  }

  record MemberSig(
      String owner,
      Kind kind,
      String name,
      Set<Mod> modifiers,
      String typeParameters,
      String returnType,
      List<String> parameters,
      Set<String> exceptions,
      boolean deprecated,
      String defaultValue,
      List<String> constants) {
    /** Name and parameter types: what makes two declarations the same member. */
    String identity() {
      return kind + " " + name + "(" + String.join(", ", parameters) + ")";
    }

    boolean isAbstract() {
      return modifiers.contains(Mod.ABSTRACT);
    }

    String describe() {
      String mods =
          modifiers.stream().map(m -> m.name().toLowerCase()).collect(Collectors.joining(" "));
      return switch (kind) {
        case FIELD -> mods + " " + returnType + " " + name;
        case CONSTANTS -> "constants " + constants;
        case CONSTRUCTOR ->
            mods
                + " "
                + typeParameters
                + "<init>("
                + String.join(", ", parameters)
                + ")"
                + throwsText()
                + (deprecated ? " @Deprecated" : "");
        default ->
            mods
                + " "
                + typeParameters
                + returnType
                + " "
                + name
                + "("
                + String.join(", ", parameters)
                + ")"
                + throwsText()
                + (defaultValue.isEmpty() ? "" : " default " + defaultValue)
                + (deprecated ? " @Deprecated" : "");
      };
    }

    private String throwsText() {
      return exceptions.isEmpty() ? "" : " throws " + String.join(", ", exceptions);
    }
  }

  static final JavaParser PARSER =
      new JavaParser(
          new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.RAW));

  static TypeSig type(String fqn, TypeDeclaration<?> decl, boolean nestedInInterface) {
    Kind kind =
        decl instanceof AnnotationDeclaration
            ? Kind.ANNOTATION
            : decl instanceof EnumDeclaration
                ? Kind.ENUM
                : decl instanceof ClassOrInterfaceDeclaration c && c.isInterface()
                    ? Kind.INTERFACE
                    : Kind.CLASS;
    Set<Mod> mods = modifiers(decl.getModifiers());
    if (kind != Kind.CLASS) {
      mods.remove(Mod.STATIC);
      mods.remove(Mod.ABSTRACT);
    }
    if (nestedInInterface) {
      mods.add(Mod.PUBLIC);
      mods.add(Mod.STATIC);
    }
    String typeParameters = "";
    Set<String> supertypes = new LinkedHashSet<>();
    if (decl instanceof ClassOrInterfaceDeclaration c) {
      typeParameters = typeParameters(c.getTypeParameters());
      c.getExtendedTypes().forEach(t -> supertypes.add(typeText(t)));
      c.getImplementedTypes().forEach(t -> supertypes.add(typeText(t)));
    } else if (decl instanceof EnumDeclaration e) {
      e.getImplementedTypes().forEach(t -> supertypes.add(typeText(t)));
    }
    return new TypeSig(
        fqn,
        kind,
        mods,
        typeParameters,
        supertypes,
        annotationArgument(decl, "Target"),
        annotationArgument(decl, "Retention"),
        isDeprecated(decl));
  }

  /**
   * The members of {@code decl} as API: public and protected, or every non-private one of an
   * interface.
   */
  static List<MemberSig> members(String owner, TypeDeclaration<?> decl, boolean includePrivate) {
    boolean iface = decl instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    boolean annotation = decl instanceof AnnotationDeclaration;
    List<MemberSig> members = new ArrayList<>();
    for (BodyDeclaration<?> body : decl.getMembers()) {
      MemberSig sig = member(owner, body, iface, annotation);
      if (sig != null && (includePrivate || !sig.modifiers().contains(Mod.PRIVATE))) {
        members.add(sig);
      }
    }
    if (decl instanceof EnumDeclaration e && !e.getEntries().isEmpty()) {
      List<String> names = e.getEntries().stream().map(x -> x.getNameAsString()).toList();
      members.add(
          new MemberSig(
              owner, Kind.CONSTANTS, "", Set.of(), "", "", List.of(), Set.of(), false, "", names));
    }
    return members;
  }

  static MemberSig member(
      String owner, BodyDeclaration<?> body, boolean iface, boolean annotation) {
    if (body instanceof MethodDeclaration m) {
      Set<Mod> mods = modifiers(m.getModifiers());
      if (iface && !mods.contains(Mod.PRIVATE)) {
        mods.add(Mod.PUBLIC);
        if (!mods.contains(Mod.DEFAULT) && !mods.contains(Mod.STATIC) && m.getBody().isEmpty()) {
          mods.add(Mod.ABSTRACT);
        }
      }
      return callable(owner, Kind.METHOD, m.getNameAsString(), m, mods, typeText(m.getType()), "");
    }
    if (body instanceof ConstructorDeclaration c) {
      return callable(owner, Kind.CONSTRUCTOR, "<init>", c, modifiers(c.getModifiers()), "", "");
    }
    if (body instanceof AnnotationMemberDeclaration a) {
      Set<Mod> mods = modifiers(a.getModifiers());
      mods.add(Mod.PUBLIC);
      mods.add(Mod.ABSTRACT);
      return new MemberSig(
          owner,
          Kind.ANNOTATION_MEMBER,
          a.getNameAsString(),
          mods,
          "",
          typeText(a.getType()),
          List.of(),
          Set.of(),
          isDeprecated(a),
          a.getDefaultValue().map(Object::toString).orElse(""),
          List.of());
    }
    if (body instanceof FieldDeclaration f) {
      Set<Mod> mods = modifiers(f.getModifiers());
      if (iface || annotation) {
        mods.addAll(EnumSet.of(Mod.PUBLIC, Mod.STATIC, Mod.FINAL));
      }
      var variable = f.getVariable(0);
      return new MemberSig(
          owner,
          Kind.FIELD,
          variable.getNameAsString(),
          mods,
          "",
          typeText(variable.getType()),
          List.of(),
          Set.of(),
          isDeprecated(f),
          "",
          List.of());
    }
    return null;
  }

  private static MemberSig callable(
      String owner,
      Kind kind,
      String name,
      CallableDeclaration<?> c,
      Set<Mod> mods,
      String returnType,
      String defaultValue) {
    List<String> parameters = new ArrayList<>();
    for (Parameter p : c.getParameters()) {
      parameters.add(typeText(p.getType()) + (p.isVarArgs() ? "..." : ""));
    }
    Set<String> exceptions = new TreeSet<>();
    for (ReferenceType t : c.getThrownExceptions()) {
      exceptions.add(typeText(t));
    }
    return new MemberSig(
        owner,
        kind,
        name,
        mods,
        typeParameters(c.getTypeParameters()),
        returnType,
        parameters,
        exceptions,
        isDeprecated(c),
        defaultValue,
        List.of());
  }

  static Set<Mod> modifiers(NodeList<Modifier> modifiers) {
    Set<Mod> mods = EnumSet.noneOf(Mod.class);
    for (Modifier m : modifiers) {
      switch (m.getKeyword()) {
        case PUBLIC -> mods.add(Mod.PUBLIC);
        case PROTECTED -> mods.add(Mod.PROTECTED);
        case PRIVATE -> mods.add(Mod.PRIVATE);
        case STATIC -> mods.add(Mod.STATIC);
        case ABSTRACT -> mods.add(Mod.ABSTRACT);
        case FINAL -> mods.add(Mod.FINAL);
        case DEFAULT -> mods.add(Mod.DEFAULT);
        default -> {} // synchronized, native, transient, volatile, strictfp: no effect on callers
      }
    }
    return mods;
  }

  static String typeParameters(NodeList<TypeParameter> parameters) {
    if (parameters.isEmpty()) {
      return "";
    }
    return "<"
        + parameters.stream().map(Signatures::typeParameter).collect(Collectors.joining(", "))
        + "> ";
  }

  private static String typeParameter(TypeParameter p) {
    if (p.getTypeBound().isEmpty()) {
      return p.getNameAsString();
    }
    return p.getNameAsString()
        + " extends "
        + p.getTypeBound().stream().map(Signatures::typeText).collect(Collectors.joining(" & "));
  }

  /** A type as written, without annotations and with canonical spacing. */
  static String typeText(com.github.javaparser.ast.type.Type type) {
    com.github.javaparser.ast.type.Type copy = type.clone();
    copy.findAll(AnnotationExpr.class).forEach(AnnotationExpr::remove);
    if (copy instanceof ClassOrInterfaceType c) {
      c.getAnnotations().clear();
    }
    copy.getAnnotations().clear();
    return copy.asString().replaceAll("\\s+", " ").trim();
  }

  static boolean isDeprecated(NodeWithAnnotations<?> node) {
    return node.getAnnotations().stream()
        .anyMatch(
            a ->
                a.getNameAsString().equals("Deprecated")
                    || a.getNameAsString().equals("java.lang.Deprecated"));
  }

  /**
   * The argument of a meta-annotation such as {@code @Target}, in a canonical form; empty when
   * absent.
   */
  static String annotationArgument(NodeWithAnnotations<?> node, String name) {
    return node.getAnnotations().stream()
        .filter(a -> a.getNameAsString().equals(name) || a.getNameAsString().endsWith("." + name))
        .findFirst()
        .map(
            a ->
                a.getChildNodes().stream()
                    .skip(1)
                    .map(Object::toString)
                    .collect(Collectors.joining(",")))
        .map(
            s ->
                new TreeSet<>(
                        List.of(
                            s.replaceAll("[{}\\s]", "")
                                .replaceAll(
                                    "(ElementType|RetentionPolicy|java\\.lang\\.annotation)\\.", "")
                                .split(",")))
                    .toString())
        .orElse("");
  }

  static <T> ParseResult<T> check(ParseResult<T> result, String what) {
    if (!result.isSuccessful()) {
      throw new IllegalArgumentException("cannot parse " + what + ": " + result.getProblems());
    }
    return result;
  }
}
