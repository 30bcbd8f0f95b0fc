package io.jenkins.plugins.rancherdeploy.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The check fails loudly on the mistakes of jenkins-api.md §3.2: each sample under {@code
 * wrong-standin/<case>/} is a deliberately wrong stand-in type, and the check must name the fault.
 * (The samples are test data, never compiled.)
 */
class SignatureCheckNegativeTest {
  private static ApiModel real;

  @BeforeAll
  static void load() throws Exception {
    real = Manifests.baseline();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing-throws       | StepContext: METHOD get(Class<T>): throws [] vs real [IOException,"
            + " InterruptedException]",
        "fluent-return        | return type T vs real AbstractIdCredentialsListBoxModel<T,C>",
        "not-abstract         | StepDescriptor: METHOD getFunctionName(): modifiers [PUBLIC] vs"
            + " real [PUBLIC, ABSTRACT]",
        "missing-overload     | ListBoxModel: overload missing: public ListBoxModel add(String)",
        "invented-member      | Jenkins: public java.util.List<String> getRancherServers(): no such"
            + " member for real (invented API?)",
        "invented-type        | hudson.model.RancherDeployment: type does not exist in the"
            + " manifests",
        "wrong-supertype      | supertype ControllerToAgentFileCallable<T> is not one of the real",
        "newer-default        | Describable: METHOD getDescriptor(): modifiers [PUBLIC, DEFAULT] vs"
            + " real [PUBLIC, ABSTRACT]",
        "missing-abstract     | hudson.model.TaskListener: abstract member missing: public abstract"
            + " PrintStream getLogger()",
        "implicit-constructor | hudson.FilePath: declares no constructor, so javac adds a public"
            + " one",
        "annotation-target    | DataBoundSetter: annotation @Target [METHOD]",
        "generics-simplified  | track(Run<?,?>, C): no such member for real; real members of that"
            + " name",
        "newer-api            | findCredentialByIdInItem(String, Class<C>, Item, Authentication,"
            + " List<DomainRequirement>): no such member for real",
        "lost-deprecation     | Secret: METHOD toString(): @Deprecated false vs real true",
      })
  void aWrongStandInIsReported(String sample, String expected) throws Exception {
    Path root = Manifests.resource("wrong-standin/" + sample);
    ApiModel wrong = ApiModel.fromSources(root);
    List<String> violations = SignatureCheck.compare(wrong, real, wrong.types.keySet());
    assertThat(violations).as("violations for %s", sample).anyMatch(v -> v.contains(expected));
  }
}
