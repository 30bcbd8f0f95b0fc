package io.rancherdeploy.core.secret;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A Writer that masks secrets before they reach the target. It holds text back until a line ends,
 * or until {@link #flush()}, so that a secret written in pieces within a line is still found (as
 * Jenkins' console masking works per line). A secret cut by an explicit flush in its middle is not
 * recognised.
 */
public final class MaskingWriter extends Writer {
  private final Writer target;
  private final SecretMasker masker;
  private final StringBuilder pending = new StringBuilder();

  public MaskingWriter(Writer target, SecretMasker masker) {
    this.target = Objects.requireNonNull(target, "target");
    this.masker = Objects.requireNonNull(masker, "masker");
  }

  @Override
  public synchronized void write(char[] buffer, int offset, int length) throws IOException {
    pending.append(buffer, offset, length);
    int newline = pending.lastIndexOf("\n");
    if (newline >= 0) {
      target.write(masker.mask(pending.substring(0, newline + 1)));
      pending.delete(0, newline + 1);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    target.write(masker.mask(pending.toString()));
    pending.setLength(0);
    target.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    target.write(masker.mask(pending.toString()));
    pending.setLength(0);
    target.close();
  }
}
