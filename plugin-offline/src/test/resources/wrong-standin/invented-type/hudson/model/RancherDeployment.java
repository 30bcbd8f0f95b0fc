package hudson.model;

public final class RancherDeployment {
  private RancherDeployment() {}
}
