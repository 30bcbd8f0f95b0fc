package io.jenkins.plugins.rancherdeploy.config;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.rancherdeploy.run.OptionMapping;
import io.jenkins.plugins.rancherdeploy.run.VariableLines;
import java.util.Locale;
import java.util.function.Supplier;
import jenkins.model.Jenkins;

/**
 * The form logic of the steps' and the builder's descriptors (Stapler needs a {@code doFill}/{@code
 * doCheck} method per field on each descriptor; they delegate here). Every method takes the item
 * the form belongs to ({@code null} on global pages) and answers only users who may configure it
 * (or Jenkins): others get no list and no message, so the form cannot be used to probe the
 * configuration.
 */
public final class FormSupport {
  private FormSupport() {}

  public static boolean mayConfigure(Item item) {
    return item == null
        ? Jenkins.get().hasPermission(Jenkins.ADMINISTER)
        : item.hasPermission(Item.CONFIGURE);
  }

  /** A check of a global page (servers, environments): only for administrators. */
  static FormValidation global(Supplier<FormValidation> check) {
    return gated(null, check);
  }

  private static FormValidation gated(Item item, Supplier<FormValidation> check) {
    return mayConfigure(item) ? check.get() : FormValidation.ok();
  }

  /** The configured servers; {@code current} stays listed (and selected) even when unknown. */
  public static ListBoxModel servers(Item item, String current) {
    ListBoxModel model = new ListBoxModel();
    model.add(Messages.FormSupport_OnlyServer(), "");
    if (mayConfigure(item)) {
      RancherGlobalConfiguration.get()
          .getServers()
          .forEach(s -> model.add(s.getName(), s.getName()));
    }
    return withCurrent(model, current);
  }

  /** The chosen server's environments (the only server's when none is chosen), and current. */
  public static ListBoxModel environments(Item item, String server, String current) {
    ListBoxModel model = new ListBoxModel();
    model.add(Messages.FormSupport_OnlyEnvironment(), "");
    if (mayConfigure(item)) {
      var servers = RancherGlobalConfiguration.get().getServers();
      boolean named = server != null && !server.isBlank();
      servers.stream()
          .filter(s -> named ? s.getName().equals(server) : servers.size() == 1)
          .flatMap(s -> s.getEnvironments().stream())
          .forEach(e -> model.add(e.getName(), e.getName()));
    }
    return withCurrent(model, current);
  }

  /**
   * A value set elsewhere (Pipeline, Job DSL, a build variable) is kept rather than silently
   * replaced by the first entry when the form is saved.
   */
  static ListBoxModel withCurrent(ListBoxModel model, String current) {
    if (current != null
        && !current.isBlank()
        && model.stream().noneMatch(option -> current.equals(option.value))) {
      model.add(current, current);
    }
    return model;
  }

  /** The credentials drop-down; {@link CredentialLookup#fill} applies the credentials rule. */
  public static ListBoxModel credentials(Item item, String credentialsId, String url) {
    return CredentialLookup.fill(
        item, credentialsId, url == null || url.isBlank() ? null : url.strip());
  }

  /**
   * An enum's values for a drop-down, written as the step takes them ({@code rolling}); the first
   * entry, blank, is the engine's default, so the Snippet Generator leaves it out.
   */
  public static <E extends Enum<E>> ListBoxModel choices(Item item, Class<E> type) {
    ListBoxModel model = new ListBoxModel();
    model.add(Messages.FormSupport_Default(), "");
    if (mayConfigure(item)) {
      for (E constant : type.getEnumConstants()) {
        String value = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        model.add(value, value);
      }
    }
    return model;
  }

  /** Start-first: from the files (blank), or forced on or off. */
  public static ListBoxModel startFirst(Item item) {
    ListBoxModel model = new ListBoxModel();
    model.add(Messages.FormSupport_StartFirstFromFiles(), "");
    if (mayConfigure(item)) {
      model.add(Messages.FormSupport_StartFirstOn(), "true");
      model.add(Messages.FormSupport_StartFirstOff(), "false");
    }
    return model;
  }

  public static FormValidation stack(Item item, String value) {
    return gated(item, () -> stack(value));
  }

  /**
   * A stack name, or (freestyle) a name built from build variables, checked when the build runs.
   */
  public static FormValidation stackOrVariables(Item item, String value) {
    return value != null && value.contains("${") ? FormValidation.ok() : stack(item, value);
  }

  static FormValidation stack(String value) {
    if (value == null || value.isBlank()) {
      return FormValidation.error(Messages.FormSupport_StackRequired());
    }
    return value.strip().matches("[a-zA-Z0-9][a-zA-Z0-9-]*")
        ? FormValidation.ok()
        : FormValidation.error(Messages.FormSupport_StackName());
  }

  public static FormValidation duration(Item item, String parameter, String value) {
    return gated(item, () -> parsed(value, () -> OptionMapping.duration(parameter, value)));
  }

  public static FormValidation variables(Item item, String parameter, String value) {
    return gated(item, () -> parsed(value, () -> VariableLines.parse(parameter, value)));
  }

  /** The Rancher URL of an inline target (one or more, for servers in HA). */
  public static FormValidation url(Item item, String value) {
    return gated(item, () -> parsed(value, () -> ServerUrls.parse(value)));
  }

  /** A server's URLs: required, one a line. */
  static FormValidation serverUrls(String value) {
    try {
      ServerUrls.parse(value);
      return FormValidation.ok();
    } catch (IllegalArgumentException e) {
      return FormValidation.error(e.getMessage());
    }
  }

  /** The verify probe's URL: any absolute http(s) URL. */
  public static FormValidation verifyUrl(Item item, String value) {
    return gated(item, () -> parsed(value, () -> OptionMapping.httpUri("verifyUrl", value)));
  }

  /** Blank is fine (the default); otherwise the parser's message, which names the field. */
  private static FormValidation parsed(String value, Supplier<?> parser) {
    if (value == null || value.isBlank()) {
      return FormValidation.ok();
    }
    try {
      parser.get();
      return FormValidation.ok();
    } catch (IllegalArgumentException e) {
      return FormValidation.error(e.getMessage());
    }
  }
}
