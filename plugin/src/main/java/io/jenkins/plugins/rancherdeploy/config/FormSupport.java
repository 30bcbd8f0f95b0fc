package io.jenkins.plugins.rancherdeploy.config;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.rancherdeploy.run.OptionMapping;
import io.jenkins.plugins.rancherdeploy.run.VariableLines;
import jenkins.model.Jenkins;

/**
 * The form logic the step's and the builder's descriptors share (Stapler needs the {@code
 * doFill}/{@code doCheck} methods on each descriptor; they delegate here). Lists that reveal
 * configuration need the right to configure the job (or Jenkins, on global pages).
 */
public final class FormSupport {
  private FormSupport() {}

  public static boolean mayConfigure(Item item) {
    return item == null
        ? Jenkins.get().hasPermission(Jenkins.ADMINISTER)
        : item.hasPermission(Item.CONFIGURE);
  }

  public static ListBoxModel servers(Item item) {
    ListBoxModel model = new ListBoxModel();
    model.add("- the only server -", "");
    if (mayConfigure(item)) {
      RancherGlobalConfiguration.get()
          .getServers()
          .forEach(s -> model.add(s.getName(), s.getName()));
    }
    return model;
  }

  public static ListBoxModel environments(Item item, String server) {
    ListBoxModel model = new ListBoxModel();
    model.add("- none: the key's only environment -", "");
    if (!mayConfigure(item)) {
      return model;
    }
    var servers = RancherGlobalConfiguration.get().getServers();
    servers.stream()
        .filter(
            s ->
                server == null || server.isBlank()
                    ? servers.size() == 1
                    : s.getName().equals(server))
        .flatMap(s -> s.getEnvironments().stream())
        .forEach(e -> model.add(e.getName(), e.getName()));
    return model;
  }

  public static ListBoxModel credentials(Item item, String credentialsId, String url) {
    return CredentialLookup.fill(
        item, credentialsId, url == null || url.isBlank() ? null : url.strip());
  }

  public static FormValidation stack(String value) {
    if (value == null || value.isBlank()) {
      return FormValidation.error("Name the Rancher stack to deploy, e.g. stacksonstacks");
    }
    return value.matches("[a-zA-Z0-9][a-zA-Z0-9-]*")
        ? FormValidation.ok()
        : FormValidation.error(
            "A stack name holds letters, digits and '-', and starts with a letter or digit");
  }

  public static FormValidation duration(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return FormValidation.ok();
    }
    try {
      OptionMapping.duration(parameter, value);
      return FormValidation.ok();
    } catch (IllegalArgumentException e) {
      return FormValidation.error(e.getMessage());
    }
  }

  /**
   * One of an enum's names, written lower-case with '-' ({@code rolling}, {@code recreate}, {@code
   * up}).
   */
  public static <E extends Enum<E>> FormValidation choice(
      String parameter, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return FormValidation.ok();
    }
    try {
      OptionMapping.choice(parameter, value, type);
      return FormValidation.ok();
    } catch (IllegalArgumentException e) {
      return FormValidation.error(e.getMessage());
    }
  }

  /** Start-first: from the files (blank), or forced on or off. */
  public static ListBoxModel startFirst() {
    ListBoxModel model = new ListBoxModel();
    model.add("As rancher-compose.yml says (upgrade_strategy.start_first)", "");
    model.add("Start the new containers before stopping the old", "true");
    model.add("Stop the old containers first", "false");
    return model;
  }

  public static FormValidation variables(String value) {
    try {
      VariableLines.parse(value);
      return FormValidation.ok();
    } catch (IllegalArgumentException e) {
      return FormValidation.error(e.getMessage());
    }
  }

  public static FormValidation url(String value) {
    if (value == null || value.isBlank()) {
      return FormValidation.ok();
    }
    try {
      ServerUrls.parse(value);
      return FormValidation.ok();
    } catch (IllegalArgumentException e) {
      return FormValidation.error(e.getMessage());
    }
  }
}
