package io.jenkins.plugins.rancherdeploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import hudson.model.Descriptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.verb.POST;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The form endpoints (Stapler's {@code doCheck*}, {@code doFill*Items}, {@code doTest*}) as a
 * running Jenkins would use them, checked on the sources and the Jelly: every one is {@code @POST}
 * and reaches a permission check, every validated text field posts its check, every drop-down has
 * its fill method. The credentials consumer guide's rule (jenkins-api.md §2.5); grep-level, as §3.4
 * suggests: it follows calls into the plugin's own classes by name.
 */
class FormEndpointsTest {
  private static final Set<String> PERMISSION_CALLS = Set.of("checkPermission", "hasPermission");
  private static final int MAX_DEPTH = 4;
  private static final JavaParser PARSER =
      new JavaParser(
          new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

  private static Path resources;

  /** Top-level class simple name -> its methods (nested classes included) by name. */
  private static final Map<String, Map<String, List<MethodDeclaration>>> METHODS = new HashMap<>();

  @BeforeAll
  static void parse() throws IOException {
    resources = Path.of(System.getProperty("plugin.resources", "../plugin/src/main/resources"));
    Path sources = Path.of(System.getProperty("plugin.sources", "../plugin/src/main/java"));
    try (Stream<Path> walk = Files.walk(sources)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        CompilationUnit unit = PARSER.parse(file).getResult().orElseThrow();
        for (TypeDeclaration<?> type : unit.getTypes()) {
          Map<String, List<MethodDeclaration>> byName = new HashMap<>();
          type.findAll(MethodDeclaration.class)
              .forEach(
                  m -> byName.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(m));
          METHODS.put(type.getNameAsString(), byName);
        }
      }
    }
  }

  private static List<MethodDeclaration> formEndpoints() {
    return METHODS.values().stream()
        .flatMap(byName -> byName.values().stream().flatMap(List::stream))
        .filter(m -> m.isPublic() && m.getNameAsString().matches("do(Check|Fill|Test)[A-Z].*"))
        .toList();
  }

  @Test
  void everyFormEndpointIsPostAndReachesAPermissionCheck() {
    List<MethodDeclaration> endpoints = formEndpoints();
    assertThat(endpoints).hasSizeGreaterThan(30);
    List<String> problems = new ArrayList<>();
    for (MethodDeclaration m : endpoints) {
      String where = owner(m) + "." + m.getNameAsString();
      if (m.getAnnotationByClass(POST.class).isEmpty() && m.getAnnotationByName("POST").isEmpty()) {
        problems.add(where + " is not @POST");
      }
      if (!checksPermission(m, owner(m), 0)) {
        problems.add(where + " reaches no checkPermission/hasPermission");
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The check must be able to fail: a method that checks nothing is reported. */
  @Test
  void theCheckFindsAMissingPermissionCheck() {
    MethodDeclaration bare =
        StaticJavaParser.parseMethodDeclaration(
            "public ListBoxModel doFillServerItems() { return new ListBoxModel(); }");
    MethodDeclaration delegating =
        StaticJavaParser.parseMethodDeclaration(
            "public FormValidation doCheckUrl(Item item, String v) { return FormSupport.url(item,"
                + " v); }");
    assertThat(checksPermission(bare, "X", 0)).isFalse();
    assertThat(checksPermission(delegating, "X", 0)).isTrue();
  }

  private static boolean checksPermission(MethodDeclaration method, String owner, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      if (PERMISSION_CALLS.contains(call.getNameAsString())) {
        return true;
      }
      Optional<String> target =
          call.getScope().isEmpty()
              ? Optional.of(owner)
              : call.getScope()
                  .filter(NameExpr.class::isInstance)
                  .map(s -> ((NameExpr) s).getNameAsString())
                  .filter(METHODS::containsKey);
      if (target.isPresent()) {
        for (MethodDeclaration callee :
            METHODS.get(target.get()).getOrDefault(call.getNameAsString(), List.of())) {
          if (callee != method && checksPermission(callee, target.get(), depth + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String owner(MethodDeclaration m) {
    return m.findCompilationUnit().orElseThrow().getType(0).getNameAsString();
  }

  @Test
  void everyValidatedTextFieldPostsItsCheckAndEverySelectHasItsFill() throws Exception {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path jelly : configJelly()) {
      Class<?> descriptor = descriptorOf(jelly);
      NodeList entries =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(jelly.toFile())
              .getElementsByTagName("f:entry");
      for (int i = 0; i < entries.getLength(); i++) {
        Element entry = (Element) entries.item(i);
        String field = entry.getAttribute("field");
        Element control = firstChildElement(entry);
        if (field.isEmpty() || control == null) {
          continue;
        }
        String name = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        String tag = control.getTagName();
        String where = resources.relativize(jelly) + " " + field;
        if ((tag.equals("f:textbox") || tag.equals("f:textarea"))
            && hasMethod(descriptor, "doCheck" + name)) {
          checked++;
          if (!"post".equals(control.getAttribute("checkMethod"))) {
            problems.add(where + ": doCheck" + name + " is @POST; add checkMethod=\"post\"");
          }
        }
        if (tag.equals("f:select") && !hasMethod(descriptor, "doFill" + name + "Items")) {
          problems.add(where + ": a select without doFill" + name + "Items is empty");
        }
        if (control.hasAttribute("fillDependsOn")) {
          Set<String> sent = Set.of(control.getAttribute("fillDependsOn").split(" "));
          Set<String> asked = queryParameters(descriptor, "doFill" + name + "Items");
          if (!sent.equals(asked)) {
            problems.add(where + ": fillDependsOn " + sent + " but the fill method reads " + asked);
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(15);
    assertThat(problems).isEmpty();
  }

  private static List<Path> configJelly() throws IOException {
    try (Stream<Path> walk = Files.walk(resources)) {
      return walk.filter(p -> p.getFileName().toString().equals("config.jelly")).sorted().toList();
    }
  }

  /** The descriptor of the class a view belongs to ({@code …/RancherServer/config.jelly}). */
  private static Class<?> descriptorOf(Path jelly) throws ClassNotFoundException {
    String name = resources.relativize(jelly.getParent()).toString().replace('/', '.');
    Class<?> owner = Class.forName(name);
    if (Descriptor.class.isAssignableFrom(owner)) {
      return owner; // a GlobalConfiguration is its own descriptor
    }
    for (Class<?> nested : owner.getDeclaredClasses()) {
      if (Descriptor.class.isAssignableFrom(nested)) {
        return nested;
      }
    }
    throw new AssertionError(name + " has no nested descriptor");
  }

  private static boolean hasMethod(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The names of a form method's {@code @QueryParameter}s (compiled with -parameters). */
  private static Set<String> queryParameters(Class<?> type, String name) {
    Set<String> names = new java.util.TreeSet<>();
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)) {
        for (java.lang.reflect.Parameter p : m.getParameters()) {
          org.kohsuke.stapler.QueryParameter q =
              p.getAnnotation(org.kohsuke.stapler.QueryParameter.class);
          if (q != null) {
            names.add(q.value().isEmpty() ? p.getName() : q.value());
          }
        }
      }
    }
    return names;
  }

  private static Element firstChildElement(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    return null;
  }
}
