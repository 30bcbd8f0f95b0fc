package io.jenkins.plugins.rancherdeploy;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The freestyle build step: configuration round trip and a deploy to the emulator. */
@WithJenkins
class RancherDeployBuilderTest {
  private EmulatorFixture emulator;

  @BeforeEach
  void start() {
    emulator = new EmulatorFixture();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void theBuilderSurvivesAConfigurationRoundTrip(JenkinsRule j) throws Exception {
    emulator.configure();
    FreeStyleProject project = j.createFreeStyleProject();
    RancherDeployBuilder builder = new RancherDeployBuilder("stacksonstacks");
    builder.setEnvironment("Default");
    builder.setFiles("docker-compose.yml, deploy/*.yml");
    builder.setOnFailure("leave");
    builder.setFollowLogs(true);
    builder.setTimeout("20m");
    project.getBuildersList().add(builder);

    project = j.configRoundtrip(project);

    j.assertEqualDataBoundBeans(builder, project.getBuildersList().get(RancherDeployBuilder.class));
  }

  @Test
  void aFreestyleJobDeploysWithBuildVariablesExpanded(JenkinsRule j) throws Exception {
    emulator.configure();
    FreeStyleProject project = j.createFreeStyleProject("freestyle");
    project.addProperty(
        new ParametersDefinitionProperty(new StringParameterDefinition("TAG", "7")));
    project
        .getBuildersList()
        .add(
            new TestBuilder() {
              @Override
              public boolean perform(
                  hudson.model.AbstractBuild<?, ?> build,
                  hudson.Launcher launcher,
                  hudson.model.BuildListener listener)
                  throws InterruptedException, java.io.IOException {
                build
                    .getWorkspace()
                    .child("docker-compose.yml")
                    .write(EmulatorFixture.COMPOSE, "UTF-8");
                return true;
              }
            });
    RancherDeployBuilder builder = new RancherDeployBuilder("web-${TAG}");
    builder.setEnvironment("Default");
    builder.setCreateStack(true);
    builder.setHealthGrace("1s");
    project.getBuildersList().add(builder);

    FreeStyleBuild build = j.buildAndAssertSuccess(project);

    j.assertLogContains("stack web-7: SUCCESS", build);
    j.assertLogContains("smoll/flask-nanoservice:7", build);
    j.assertLogNotContains(emulator.secretKey(), build);
  }

  @Test
  void aMissingComposeFileFailsTheBuildNamingTheGlob(JenkinsRule j) throws Exception {
    emulator.configure();
    FreeStyleProject project = j.createFreeStyleProject("no-files");
    RancherDeployBuilder builder = new RancherDeployBuilder("web");
    builder.setEnvironment("Default");
    project.getBuildersList().add(builder);

    FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

    j.assertLogContains("files: 'docker-compose.yml' matches no file in the workspace", build);
  }
}
