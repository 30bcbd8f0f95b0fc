package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.core.api.RancherClient;
import io.rancherdeploy.core.api.RancherEndpoint;
import io.rancherdeploy.core.secret.Secret;
import io.rancherdeploy.core.secret.SecretMasker;

/**
 * What the commands that talk to Rancher share: the masking printer and the "connected to" line.
 */
final class Session {
  private Session() {}

  /** A printer that masks the client's key and every secret-looking variable of the environment. */
  static Printer printer(CliContext context, OutputOptions output, RancherClient client) {
    return printer(context, output, client.masker());
  }

  /** A printer that masks what {@code key} masks and the environment's secret-looking variables. */
  static Printer printer(CliContext context, OutputOptions output, SecretMasker key) {
    SecretMasker masker = key.with(environmentSecrets(context));
    return new Printer(context, output, masker::mask);
  }

  static SecretMasker environmentSecrets(CliContext context) {
    SecretMasker masker = SecretMasker.NONE;
    for (var entry : context.env().entrySet()) {
      if (ErrorReporter.looksSecret(entry.getKey())) {
        masker = masker.with(Secret.of(entry.getValue()));
      }
    }
    return masker;
  }

  static void announce(Printer printer, RancherEndpoint endpoint, RancherClient client) {
    printer.info(
        "Connected to "
            + endpoint.urls().get(0)
            + ", environment "
            + client.environment().label()
            + ", API "
            + client.apiVersion());
  }
}
