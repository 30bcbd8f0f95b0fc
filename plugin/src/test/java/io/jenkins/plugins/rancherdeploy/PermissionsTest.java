package io.jenkins.plugins.rancherdeploy;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleProject;
import hudson.model.Item;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Form endpoints check permissions and need POST; users who may not configure see no credentials.
 */
@WithJenkins
class PermissionsTest {
  @Test
  void testConnectionNeedsAdministerAndPost(JenkinsRule j) throws Exception {
    j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
    j.jenkins.setAuthorizationStrategy(
        new MockAuthorizationStrategy()
            .grant(Jenkins.ADMINISTER)
            .everywhere()
            .to("admin")
            .grant(Jenkins.READ)
            .everywhere()
            .to("reader"));
    String url =
        "descriptorByName/io.jenkins.plugins.rancherdeploy.config.RancherServer/testConnection"
            + "?urls=http://127.0.0.1:1&credentialsId=x&insecure=false";

    JenkinsRule.WebClient reader =
        j.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("reader");
    assertThat(
            reader
                .getPage(new WebRequest(reader.createCrumbedUrl(url), HttpMethod.POST))
                .getWebResponse()
                .getStatusCode())
        .isEqualTo(403);

    JenkinsRule.WebClient admin =
        j.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("admin");
    assertThat(admin.goTo(url, null).getWebResponse().getStatusCode())
        .as("GET is refused")
        .isEqualTo(405);
  }

  @Test
  void checksAnswerOnlyUsersWhoMayConfigureTheJob(JenkinsRule j) throws Exception {
    FreeStyleProject project = j.createFreeStyleProject("p");
    j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
    j.jenkins.setAuthorizationStrategy(
        new MockAuthorizationStrategy()
            .grant(Jenkins.READ, Item.READ)
            .everywhere()
            .to("viewer")
            .grant(Jenkins.READ, Item.READ, Item.CONFIGURE)
            .everywhere()
            .to("dev"));
    RancherDeployStep.DescriptorImpl descriptor =
        j.jenkins.getDescriptorByType(RancherDeployStep.DescriptorImpl.class);
    try (var ignored =
        hudson.security.ACL.as2(hudson.model.User.getById("viewer", true).impersonate2())) {
      assertThat(descriptor.doCheckStack(project, "not a stack!").kind)
          .isEqualTo(hudson.util.FormValidation.Kind.OK);
    }
    try (var ignored =
        hudson.security.ACL.as2(hudson.model.User.getById("dev", true).impersonate2())) {
      assertThat(descriptor.doCheckStack(project, "not a stack!").kind)
          .isEqualTo(hudson.util.FormValidation.Kind.ERROR);
    }
  }

  @Test
  void theCredentialsListIsEmptyForUsersWhoCannotConfigureTheJob(JenkinsRule j) throws Exception {
    FreeStyleProject project = j.createFreeStyleProject("p");
    try (EmulatorFixture emulator = new EmulatorFixture()) {
      emulator.configure();
      j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
      j.jenkins.setAuthorizationStrategy(
          new MockAuthorizationStrategy()
              .grant(Jenkins.READ, Item.READ)
              .everywhere()
              .to("viewer")
              .grant(Jenkins.READ, Item.READ, Item.CONFIGURE, Item.EXTENDED_READ)
              .everywhere()
              .to("dev"));
      RancherDeployStep.DescriptorImpl descriptor =
          j.jenkins.getDescriptorByType(RancherDeployStep.DescriptorImpl.class);

      try (var ignored =
          hudson.security.ACL.as2(hudson.model.User.getById("viewer", true).impersonate2())) {
        assertThat(descriptor.doFillCredentialsIdItems(project, "", ""))
            .extracting(o -> o.value)
            .containsExactly("");
      }
      try (var ignored =
          hudson.security.ACL.as2(hudson.model.User.getById("dev", true).impersonate2())) {
        assertThat(descriptor.doFillCredentialsIdItems(project, "", ""))
            .extracting(o -> o.value)
            .contains(EmulatorFixture.CREDENTIALS_ID);
      }
    }
  }
}
