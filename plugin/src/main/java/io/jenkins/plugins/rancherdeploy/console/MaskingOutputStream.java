package io.jenkins.plugins.rancherdeploy.console;

import hudson.console.LineTransformationOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rewrites each line written through it with every secret replaced by {@code ****}, as
 * credentials-binding's {@code SecretPatterns.MaskingOutputStream} does, but usable on an agent (it needs
 * no Jenkins instance). The console is written in UTF-8 by this plugin.
 */
public final class MaskingOutputStream extends LineTransformationOutputStream.Delegating {
  private final SecretPattern secrets;

  public MaskingOutputStream(OutputStream out, SecretPattern secrets) {
    super(out);
    this.secrets = secrets;
  }

  @Override
  protected void eol(byte[] b, int len) throws IOException {
    if (secrets.isEmpty()) {
      out.write(b, 0, len);
      return;
    }
    String line = new String(b, 0, len, StandardCharsets.UTF_8);
    out.write(secrets.mask(line).getBytes(StandardCharsets.UTF_8));
  }
}
