package io.jenkins.plugins.rancherdeploy;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import hudson.model.Descriptor;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;

/**
 * What javac cannot see and only a running Jenkins would (jenkins-api.md §2.11): Jelly that parses,
 * form fields that bind, help for every field, descriptors Jenkins can discover, executions that
 * serialize, and form endpoints that use POST. Checked by reflection on the classes compiled
 * against the stand-in.
 */
class PluginConventionsTest {
  private static final Pattern FIELD = Pattern.compile("\\bfield=\"([A-Za-z0-9_]+)\"");
  private static Path resources;
  private static List<Class<?>> classes;

  @BeforeAll
  static void load() throws Exception {
    resources = Path.of(System.getProperty("plugin.resources", "../plugin/src/main/resources"));
    Path sources = Path.of(System.getProperty("plugin.sources", "../plugin/src/main/java"));
    classes = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name =
            sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
        Class<?> top = Class.forName(name);
        classes.add(top);
        classes.addAll(Arrays.asList(top.getDeclaredClasses()));
      }
    }
  }

  private static List<Path> jellyFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(resources)) {
      return walk.filter(p -> p.toString().endsWith(".jelly")).sorted().toList();
    }
  }

  /**
   * The class a view belongs to: {@code io/.../RancherServer/config.jelly} belongs to
   * RancherServer.
   */
  private static Class<?> owner(Path jelly) throws ClassNotFoundException {
    String name = resources.relativize(jelly.getParent()).toString().replace('/', '.');
    return Class.forName(name);
  }

  private static Set<String> fields(Path jelly) throws IOException {
    Set<String> fields = new LinkedHashSet<>();
    Matcher m = FIELD.matcher(Files.readString(jelly));
    while (m.find()) {
      fields.add(m.group(1));
    }
    return fields;
  }

  @Test
  void everyJellyFileIsWellFormedXml() throws Exception {
    List<Path> files = jellyFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path file : files) {
      factory
          .newDocumentBuilder()
          .parse(file.toFile()); // throws, naming the line, when it is not XML
    }
  }

  @Test
  void everyFormFieldBindsThroughTheConstructorOrASetterWithAGetter() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path jelly : jellyFiles()) {
      if (jelly.getFileName().toString().equals("index.jelly")) {
        continue;
      }
      Class<?> owner = owner(jelly);
      for (String field : fields(jelly)) {
        boolean inConstructor = constructorParameters(owner).contains(field);
        boolean setter = hasSetter(owner, field);
        boolean getter = hasGetter(owner, field);
        if (!(inConstructor || setter) || !getter) {
          problems.add(
              owner.getSimpleName()
                  + "."
                  + field
                  + ": constructor parameter "
                  + inConstructor
                  + ", @DataBoundSetter "
                  + setter
                  + ", getter "
                  + getter);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormFieldHasItsHelpFile() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Path jelly : jellyFiles()) {
      for (String field : fields(jelly)) {
        if (!Files.isRegularFile(jelly.resolveSibling("help-" + field + ".html"))) {
          missing.add(
              resources.relativize(jelly.resolveSibling("help-" + field + ".html")).toString());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyDataBoundSetterHasAGetterForTheSnippetGenerator() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Method m : type.getMethods()) {
        if (m.isAnnotationPresent(DataBoundSetter.class)) {
          String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
          if (!hasGetter(type, field)) {
            problems.add(type.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyDescriptorIsAPublicStaticExtensionJenkinsCanFind() {
    List<String> problems = new ArrayList<>();
    int descriptors = 0;
    for (Class<?> type : classes) {
      if (!Descriptor.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      descriptors++;
      boolean nested = type.getEnclosingClass() != null;
      int mods = type.getModifiers();
      if (!Modifier.isPublic(mods)
          || nested && !Modifier.isStatic(mods)
          || !type.isAnnotationPresent(Extension.class)) {
        problems.add(
            type.getName()
                + ": public "
                + Modifier.isPublic(mods)
                + ", static "
                + Modifier.isStatic(mods)
                + ", @Extension "
                + type.isAnnotationPresent(Extension.class));
      }
      if (nested
          && !GlobalConfiguration.class.isAssignableFrom(type)
          && !type.getEnclosingClass().isAssignableFrom(describableOf(type))) {
        problems.add(type.getName() + " is not nested in the class it describes");
      }
    }
    assertThat(descriptors).isGreaterThanOrEqualTo(9);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyDescribedClassHasItsConfigPage() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : classes) {
      if (!Descriptor.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      Class<?> described =
          GlobalConfiguration.class.isAssignableFrom(type) ? type : type.getEnclosingClass();
      Path dir = resources.resolve(described.getName().replace('.', '/'));
      // Credentials types use credentials.jelly (the credentials plugin's convention).
      if (!Files.isRegularFile(dir.resolve("config.jelly"))
          && !Files.isRegularFile(dir.resolve("credentials.jelly"))) {
        missing.add(resources.relativize(dir.resolve("config.jelly")).toString());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void stepFunctionNamesAndSymbolsAreUniqueAndMatch() throws Exception {
    Set<String> symbols = new LinkedHashSet<>();
    for (Class<?> type : classes) {
      Symbol symbol = type.getAnnotation(Symbol.class);
      if (symbol != null) {
        for (String value : symbol.value()) {
          assertThat(symbols.add(value)).as("symbol %s used twice", value).isTrue();
        }
      }
      if (StepDescriptor.class.isAssignableFrom(type)
          && !Modifier.isAbstract(type.getModifiers())) {
        // The function name is a constant in getFunctionName(); read it from the source next to the
        // symbol.
        assertThat(symbol).as("%s has a @Symbol", type.getName()).isNotNull();
      }
    }
    assertThat(symbols)
        .contains(
            "rancherDeploy",
            "rancherFinishUpgrade",
            "rancherRollback",
            "withRancher",
            "rancher",
            "rancherApiKey",
            "rancherDeployBuilder");
  }

  @Test
  void formEndpointsThatListOrConnectUsePost() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Method m : type.getDeclaredMethods()) {
        boolean listsOrConnects =
            m.getName().matches("doFill.*Items") && m.getParameterCount() > 0
                || m.getName().startsWith("doTest");
        if (listsOrConnects && !m.isAnnotationPresent(POST.class)) {
          problems.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void stepExecutionsKeepOnlySerializableOrTransientState() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : classes) {
      if (!StepExecution.class.isAssignableFrom(type)) {
        continue;
      }
      for (Field f : type.getDeclaredFields()) {
        int mods = f.getModifiers();
        if (!Modifier.isStatic(mods)
            && !Modifier.isTransient(mods)
            && !Serializable.class.isAssignableFrom(f.getType())
            && !f.getType().isPrimitive()) {
          problems.add(type.getSimpleName() + "." + f.getName());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Class<?> describableOf(Class<?> descriptor) {
    return descriptor.getEnclosingClass();
  }

  private static Set<String> constructorParameters(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    for (Constructor<?> c : type.getConstructors()) {
      if (c.isAnnotationPresent(DataBoundConstructor.class)) {
        for (Parameter p : c.getParameters()) {
          assertThat(p.isNamePresent()).as("compiled with -parameters").isTrue();
          names.add(p.getName());
        }
      }
    }
    return names;
  }

  private static boolean hasSetter(Class<?> type, String field) {
    return Arrays.stream(type.getMethods())
        .anyMatch(
            m ->
                m.getName().equals("set" + capitalized(field))
                    && m.getParameterCount() == 1
                    && m.isAnnotationPresent(DataBoundSetter.class));
  }

  private static boolean hasGetter(Class<?> type, String field) {
    return Arrays.stream(type.getMethods())
        .anyMatch(
            m ->
                m.getParameterCount() == 0
                    && (m.getName().equals("get" + capitalized(field))
                        || m.getName().equals("is" + capitalized(field))));
  }

  private static String capitalized(String field) {
    return Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }
}
