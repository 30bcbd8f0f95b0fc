package io.rancherdeploy.core.secret;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An OutputStream of UTF-8 text that masks secrets line by line before they reach the target (a
 * console, a Jenkins build log). A line is written when it ends, on flush, and on close.
 */
public final class MaskingOutputStream extends OutputStream {
  private final OutputStream target;
  private final SecretMasker masker;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

  public MaskingOutputStream(OutputStream target, SecretMasker masker) {
    this.target = Objects.requireNonNull(target, "target");
    this.masker = Objects.requireNonNull(masker, "masker");
  }

  @Override
  public synchronized void write(int b) throws IOException {
    line.write(b);
    if (b == '\n') {
      emit();
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    int start = offset;
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      if (bytes[i] == '\n') {
        line.write(bytes, start, i + 1 - start);
        emit();
        start = i + 1;
      }
    }
    line.write(bytes, start, end - start);
  }

  private void emit() throws IOException {
    if (line.size() == 0) {
      return;
    }
    String text = line.toString(StandardCharsets.UTF_8);
    target.write(masker.mask(text).getBytes(StandardCharsets.UTF_8));
    line.reset();
  }

  @Override
  public synchronized void flush() throws IOException {
    emit();
    target.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    emit();
    target.close();
  }
}
