package io.jenkins.plugins.rancherdeploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.hudson.plugins.folder.Folder;
import hudson.model.Result;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The Pipeline steps in a real Jenkins, deploying to the Rancher emulator. */
@WithJenkins
class RancherDeployStepTest {
  private EmulatorFixture emulator;

  @BeforeEach
  void start() {
    emulator = new EmulatorFixture();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private static String node(String body) {
    return "node {\n  writeFile file: 'docker-compose.yml', text: '''"
        + EmulatorFixture.COMPOSE.replace("$", "\\$")
        + "'''\n"
        + body
        + "\n}";
  }

  @Test
  void aPipelineDeploysToAConfiguredEnvironmentAndGetsTheResult(JenkinsRule j) throws Exception {
    emulator.configure();
    WorkflowJob p = j.jenkins.createProject(WorkflowJob.class, "deploy");
    p.setDefinition(
        new CpsFlowDefinition(
            node(
                "  def r = rancherDeploy stack: 'web', environment: 'Default', createStack: true,"
                    + " healthGrace: '1s', variables: 'TAG=42'\n"
                    + "  echo \"outcome=${r.outcome} image=${r.services[0].newImage}\""),
            true));

    WorkflowRun run = j.buildAndAssertSuccess(p);

    j.assertLogContains("outcome=SUCCESS", run);
    j.assertLogContains("smoll/flask-nanoservice:42", run);
    j.assertLogNotContains(emulator.secretKey(), run);
  }

  @Test
  void aFailedDeployFailsTheBuildWithOneLineAndNoStackTrace(JenkinsRule j) throws Exception {
    emulator.configure();
    WorkflowJob p = j.jenkins.createProject(WorkflowJob.class, "missing-stack");
    p.setDefinition(
        new CpsFlowDefinition(node("  rancherDeploy stack: 'nope', environment: 'Default'"), true));

    WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, p);

    j.assertLogContains("nope", run);
    j.assertLogNotContains("\tat io.jenkins", run);
  }

  @Test
  void withRancherExportsTheKeyMasked(JenkinsRule j) throws Exception {
    emulator.configure();
    WorkflowJob p = j.jenkins.createProject(WorkflowJob.class, "script");
    p.setDefinition(
        new CpsFlowDefinition(
            "node {\n withRancher(environment: 'Default') {\n"
                + "  if (isUnix()) { sh 'echo \"url=$RANCHER_URL key=$RANCHER_SECRET_KEY\"' }"
                + " else { bat 'echo url=%RANCHER_URL% key=%RANCHER_SECRET_KEY%' }\n }\n}",
            true));

    WorkflowRun run = j.buildAndAssertSuccess(p);

    j.assertLogContains("url=" + emulator.rancher.url(), run);
    j.assertLogContains("key=****", run);
    j.assertLogNotContains(emulator.secretKey(), run);
  }

  @Test
  void folderCredentialsAreFoundForJobsInTheFolderOnly(JenkinsRule j) throws Exception {
    Folder team = j.jenkins.createProject(Folder.class, "team");
    emulator.addKey(team, "team-key");
    String step =
        "  rancherDeploy stack: 'team-web', url: '"
            + emulator.rancher.url()
            + "', credentialsId: 'team-key', createStack: true, healthGrace: '1s', variables:"
            + " 'TAG=1'";
    WorkflowJob inside = team.createProject(WorkflowJob.class, "inside");
    inside.setDefinition(new CpsFlowDefinition(node(step), true));
    WorkflowJob outside = j.jenkins.createProject(WorkflowJob.class, "outside");
    outside.setDefinition(new CpsFlowDefinition(node(step), true));

    j.buildAndAssertSuccess(inside);
    WorkflowRun denied = j.buildAndAssertStatus(Result.FAILURE, outside);

    j.assertLogContains("Rancher credential 'team-key' was not found", denied);
  }

  @Test
  void theGateStepsFinishAndRollBack(JenkinsRule j) throws Exception {
    emulator.configure();
    WorkflowJob p = j.jenkins.createProject(WorkflowJob.class, "gate");
    p.setDefinition(
        new CpsFlowDefinition(
            node(
                "  rancherDeploy stack: 'gated', environment: 'Default', createStack: true,"
                    + " healthGrace: '1s', variables: 'TAG=1'\n"
                    + "  def up = rancherDeploy stack: 'gated', environment: 'Default', finish:"
                    + " false, healthGrace: '1s', variables: 'TAG=2'\n"
                    + "  echo \"state=${up.services[0].state}\"\n"
                    + "  rancherFinishUpgrade stack: 'gated', environment: 'Default'\n"
                    + "  rancherDeploy stack: 'gated', environment: 'Default', finish: false,"
                    + " healthGrace: '1s', variables: 'TAG=3'\n"
                    + "  def back = rancherRollback stack: 'gated', environment: 'Default'\n"
                    + "  echo \"rollback=${back.outcome}\""),
            true));

    WorkflowRun run = j.buildAndAssertSuccess(p);

    j.assertLogContains("state=upgraded", run);
    j.assertLogContains("rollback=SUCCESS", run);
  }

  @Test
  void theStepRoundTripsThroughConfigAndTheSnippetGenerator(JenkinsRule j) throws Exception {
    RancherDeployStep step = new RancherDeployStep("stacksonstacks");
    step.setEnvironment("Staging");
    step.setStrategy("rolling");
    step.setBatchSize(2);
    step.setFinish(false);

    j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));
    new SnippetizerTester(j)
        .assertRoundTrip(
            step,
            "rancherDeploy batchSize: 2, environment: 'Staging', finish: false, stack:"
                + " 'stacksonstacks', strategy: 'rolling'");
    new SnippetizerTester(j)
        .assertRoundTrip(
            new RancherRollbackStep("stacksonstacks"), "rancherRollback 'stacksonstacks'");
  }

  @Test
  void theResultOfAConcurrentDeployToTheSameStackWaitsOrFails(JenkinsRule j) throws Exception {
    emulator.configure();
    WorkflowJob p = j.jenkins.createProject(WorkflowJob.class, "busy");
    p.setDefinition(
        new CpsFlowDefinition(
            node(
                "  parallel a: { rancherDeploy stack: 'busy', environment: 'Default', createStack:"
                    + " true, healthGrace: '3s', variables: 'TAG=1' }, b: { sleep 1; rancherDeploy"
                    + " stack: 'busy', environment: 'Default', whenBusy: 'fail', variables: 'TAG=1'"
                    + " }"),
            true));

    WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, p);

    j.assertLogContains("another deploy to emulator/Default/busy is running", run);
    assertThat(run.getLog()).doesNotContain(emulator.secretKey());
  }
}
