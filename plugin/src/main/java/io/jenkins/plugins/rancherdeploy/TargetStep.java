package io.jenkins.plugins.rancherdeploy;

import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The Pipeline steps' target parameters, declared once: Jenkins' data binding (structs'
 * DescribableModel, Stapler's form binding) reads {@code @DataBoundSetter}s on the class and its
 * superclasses, so every step that extends this has {@code server}, {@code environment}, {@code
 * url} and {@code credentialsId}. The freestyle builder extends {@code Builder}, not this, and
 * declares its own delegations.
 */
public abstract class TargetStep extends Step {
  private final Target target = new Target();

  Target target() {
    return target;
  }

  public String getServer() {
    return target.server;
  }

  @DataBoundSetter
  public void setServer(String value) {
    target.server = Target.clean(value);
  }

  public String getEnvironment() {
    return target.environment;
  }

  @DataBoundSetter
  public void setEnvironment(String v) {
    target.environment = Target.clean(v);
  }

  public String getUrl() {
    return target.url;
  }

  @DataBoundSetter
  public void setUrl(String value) {
    target.url = Target.clean(value);
  }

  public String getCredentialsId() {
    return target.credentialsId;
  }

  @DataBoundSetter
  public void setCredentialsId(String v) {
    target.credentialsId = Target.clean(v);
  }
}
