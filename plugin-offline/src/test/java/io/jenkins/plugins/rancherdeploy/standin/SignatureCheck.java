package io.jenkins.plugins.rancherdeploy.standin;

import io.jenkins.plugins.rancherdeploy.standin.Signatures.Kind;
import io.jenkins.plugins.rancherdeploy.standin.Signatures.MemberSig;
import io.jenkins.plugins.rancherdeploy.standin.Signatures.Mod;
import io.jenkins.plugins.rancherdeploy.standin.Signatures.TypeSig;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a stand-in with the manifests of the real API (jenkins-api.md §3.4): every stand-in type
 * and member exists for real with the same shape; every overload of a declared name is declared;
 * every abstract member of a declared type is declared (so a plugin class cannot compile offline
 * while missing an implementation); no class gets an implicit public constructor the real one
 * lacks.
 */
final class SignatureCheck {
  private static final Set<Mod> COMPARED = EnumSet.allOf(Mod.class);

  private final ApiModel real;
  private final Set<String> implemented;
  private final List<String> violations = new ArrayList<>();

  private SignatureCheck(ApiModel real, Set<String> implemented) {
    this.real = real;
    this.implemented = implemented;
  }

  /**
   * Every difference, one line each, naming the type and member; empty when the stand-in is
   * faithful.
   *
   * @param implemented the stand-in types the plugin extends or implements, with their stand-in
   *     supertypes: their abstract members must all be declared
   */
  static List<String> compare(ApiModel standIn, ApiModel real, Set<String> implemented) {
    SignatureCheck check = new SignatureCheck(real, implemented);
    standIn.types.values().forEach(check::checkType);
    return check.violations;
  }

  private void checkType(ApiModel.Type stand) {
    TypeSig s = stand.sig();
    ApiModel.Type manifest = real.types.get(s.fqn());
    if (manifest == null) {
      fail(
          s.fqn(), "type does not exist in the manifests (invented API?) [" + stand.origin() + "]");
      return;
    }
    TypeSig m = manifest.sig();
    if (s.kind() != m.kind()) {
      fail(s.fqn(), "is a " + s.kind() + " in the stand-in but a " + m.kind() + " for real");
    }
    if (!s.modifiers().equals(m.modifiers())) {
      fail(s.fqn(), "type modifiers " + s.modifiers() + " but real " + m.modifiers());
    }
    if (!s.typeParameters().equals(m.typeParameters())) {
      fail(
          s.fqn(),
          "type parameters '" + s.typeParameters() + "' but real '" + m.typeParameters() + "'");
    }
    for (String supertype : s.supertypes()) {
      if (!m.supertypes().contains(supertype)) {
        fail(s.fqn(), "supertype " + supertype + " is not one of the real " + m.supertypes());
      }
    }
    if (s.kind() == Kind.ANNOTATION
        && (!s.target().equals(m.target()) || !s.retention().equals(m.retention()))) {
      fail(
          s.fqn(),
          "annotation @Target "
              + s.target()
              + " @Retention "
              + s.retention()
              + " but real @Target "
              + m.target()
              + " @Retention "
              + m.retention());
    }
    if (s.deprecated() != m.deprecated()) {
      fail(s.fqn(), "type @Deprecated " + s.deprecated() + " but real " + m.deprecated());
    }
    List<MemberSig> api =
        stand.members().stream().filter(x -> !x.modifiers().contains(Mod.PRIVATE)).toList();
    api.forEach(member -> checkMember(s, member, manifest));
    checkOverloads(s, api, manifest);
    boolean subclassable =
        s.kind() == Kind.CLASS && api.stream().anyMatch(x -> x.kind() == Kind.CONSTRUCTOR);
    if (subclassable || implemented.contains(s.fqn())) {
      checkAbstracts(s, api, manifest);
    }
    checkConstructors(s, stand.members(), api, manifest);
  }

  private void checkMember(TypeSig type, MemberSig s, ApiModel.Type manifest) {
    if (s.kind() == Kind.CONSTANTS) {
      Set<String> realConstants =
          manifest.members().stream()
              .filter(x -> x.kind() == Kind.CONSTANTS)
              .flatMap(x -> x.constants().stream())
              .collect(Collectors.toSet());
      s.constants().stream()
          .filter(c -> !realConstants.contains(c))
          .forEach(c -> fail(type.fqn(), "enum constant " + c + " does not exist for real"));
      return;
    }
    if (s.kind() == Kind.CONSTRUCTOR
        && s.parameters().isEmpty()
        && noRealConstructor(manifest)
        && type.modifiers().contains(Mod.ABSTRACT)) {
      Set<Mod> access = EnumSet.copyOf(type.modifiers());
      access.retainAll(EnumSet.of(Mod.PUBLIC, Mod.PROTECTED));
      Set<Mod> declared = EnumSet.noneOf(Mod.class);
      declared.addAll(s.modifiers());
      declared.retainAll(EnumSet.of(Mod.PUBLIC, Mod.PROTECTED));
      if (!declared.equals(access)) {
        fail(
            type.fqn(),
            "the implicit constructor has the class's access " + access + ", not " + declared);
      }
      // An abstract class that lists no constructor has the implicit default one (the manifest
      // cannot
      // list it); the plugin needs it to subclass. Concrete classes never get this allowance.
      return;
    }
    MemberSig m =
        manifest.members().stream()
            .filter(x -> x.identity().equals(s.identity()))
            .findFirst()
            .orElse(null);
    if (m == null) {
      List<String> sameName =
          manifest.members().stream()
              .filter(x -> x.name().equals(s.name()))
              .map(MemberSig::describe)
              .toList();
      fail(
          type.fqn(),
          s.describe()
              + ": no such member for real"
              + (sameName.isEmpty()
                  ? " (invented API?)"
                  : "; real members of that name: " + sameName));
      return;
    }
    List<String> diffs = new ArrayList<>();
    Set<Mod> sm = EnumSet.noneOf(Mod.class);
    sm.addAll(s.modifiers());
    Set<Mod> mm = EnumSet.noneOf(Mod.class);
    mm.addAll(m.modifiers());
    sm.retainAll(COMPARED);
    mm.retainAll(COMPARED);
    if (!sm.equals(mm)) {
      diffs.add("modifiers " + sm + " vs real " + mm);
    }
    if (!s.typeParameters().equals(m.typeParameters())) {
      diffs.add(
          "type parameters '" + s.typeParameters() + "' vs real '" + m.typeParameters() + "'");
    }
    if (!s.returnType().equals(m.returnType())) {
      diffs.add(
          (s.kind() == Kind.FIELD ? "type " : "return type ")
              + s.returnType()
              + " vs real "
              + m.returnType());
    }
    if (!s.exceptions().equals(m.exceptions())) {
      diffs.add("throws " + s.exceptions() + " vs real " + m.exceptions());
    }
    if (s.deprecated() != m.deprecated()) {
      diffs.add("@Deprecated " + s.deprecated() + " vs real " + m.deprecated());
    }
    if (!Objects.equals(s.defaultValue(), m.defaultValue())) {
      diffs.add("default '" + s.defaultValue() + "' vs real '" + m.defaultValue() + "'");
    }
    if (!diffs.isEmpty()) {
      fail(type.fqn(), s.identity() + ": " + String.join("; ", diffs));
    }
  }

  /** Failure mode 4: a missing overload changes which method a call (or a null) resolves to. */
  private void checkOverloads(TypeSig type, List<MemberSig> api, ApiModel.Type manifest) {
    Set<String> declared = api.stream().map(MemberSig::identity).collect(Collectors.toSet());
    Set<String> names =
        api.stream()
            .filter(
                x ->
                    x.kind() == Kind.METHOD
                        || x.kind() == Kind.CONSTRUCTOR && !x.parameters().isEmpty()
                        || x.kind() == Kind.CONSTRUCTOR && !noRealConstructor(manifest))
            .map(x -> x.kind() + " " + x.name())
            .collect(Collectors.toSet());
    for (MemberSig m : manifest.members()) {
      if (names.contains(m.kind() + " " + m.name()) && !declared.contains(m.identity())) {
        fail(
            type.fqn(),
            "overload missing: "
                + m.describe()
                + " (every overload of a declared name must be"
                + " declared)");
      }
    }
  }

  /** Failure mode 3: a real abstract member left out lets a subclass compile offline without it. */
  private void checkAbstracts(TypeSig type, List<MemberSig> api, ApiModel.Type manifest) {
    if (type.kind() == Kind.ENUM
        || type.kind() == Kind.ANNOTATION
        || type.modifiers().contains(Mod.FINAL)) {
      return;
    }
    Set<String> declared = api.stream().map(MemberSig::identity).collect(Collectors.toSet());
    for (MemberSig m : manifest.members()) {
      if (m.isAbstract() && !declared.contains(m.identity())) {
        fail(type.fqn(), "abstract member missing: " + m.describe());
      }
    }
  }

  /**
   * A class without a declared constructor gets an implicit public one, which the real class may
   * lack.
   */
  private void checkConstructors(
      TypeSig type, List<MemberSig> all, List<MemberSig> api, ApiModel.Type manifest) {
    if (type.kind() != Kind.CLASS) {
      return;
    }
    boolean any = all.stream().anyMatch(x -> x.kind() == Kind.CONSTRUCTOR);
    if (!any) {
      fail(
          type.fqn(),
          "declares no constructor, so javac adds a public one; declare the real constructors,"
              + " or a private one when the plugin needs none");
    }
  }

  private static boolean noRealConstructor(ApiModel.Type manifest) {
    return manifest.members().stream().noneMatch(x -> x.kind() == Kind.CONSTRUCTOR);
  }

  private void fail(String type, String message) {
    violations.add(type + ": " + message);
  }
}
