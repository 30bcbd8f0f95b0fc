package io.rancherdeploy.cli;

import io.rancherdeploy.cli.options.ComposeOptions;
import io.rancherdeploy.cli.options.OutputOptions;
import io.rancherdeploy.core.compose.ComposeProblem;
import io.rancherdeploy.core.compose.ComposeProject;
import io.rancherdeploy.core.compose.UsedVariable;
import io.rancherdeploy.core.secret.SecretMasker;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code render}: the files as rancher-deploy reads them, merged, interpolated and normalized. */
@Command(
    name = "render",
    header = RenderCommand.HEADER,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description =
        "Prints the compose files merged, interpolated and normalized, as a deploy would use them"
            + " (the rancher CLI's up --render). Needs no server. Values of variables named"
            + " *SECRET*, *PASSWORD* or *TOKEN* print as ****.")
final class RenderCommand implements Callable<Integer> {
  static final String HEADER = "Print the compose files merged, interpolated and normalized.";

  private final CliContext context;

  @Mixin ComposeOptions compose;
  @Mixin OutputOptions output;

  RenderCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ComposeProject project = compose.load();
    SecretMasker masker = Session.environmentSecrets(context);
    for (UsedVariable variable : project.usedVariables()) {
      if (ErrorReporter.looksSecret(variable.name())) {
        masker = masker.with(variable.value());
      }
    }
    Printer printer = new Printer(context, output, masker::mask);
    project.warnings().stream().map(ComposeProblem::describe).forEach(printer::warn);
    context.out().print(printer.mask(project.render()));
    context.out().flush();
    return 0;
  }
}
