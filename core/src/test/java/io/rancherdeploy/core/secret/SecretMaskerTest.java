package io.rancherdeploy.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {
  private static final String SECRET = "s3cr/t+K3y=\"x\"";
  private final SecretMasker masker = SecretMasker.NONE.withBasicAuth("access", Secret.of(SECRET));

  @Test
  void masksTheSecretAndItsEncodedForms() {
    String basic =
        Base64.getEncoder().encodeToString(("access:" + SECRET).getBytes(StandardCharsets.UTF_8));
    String text =
        "raw "
            + SECRET
            + " url "
            + URLEncoder.encode(SECRET, StandardCharsets.UTF_8)
            + " json \"s3cr\\/t+K3y=\\\"x\\\"\" header Basic "
            + basic;
    String masked = masker.mask(text);
    assertThat(masked)
        .doesNotContain(SECRET)
        .doesNotContain(basic)
        .doesNotContain(URLEncoder.encode(SECRET, StandardCharsets.UTF_8))
        .doesNotContain("s3cr\\/t");
    assertThat(masked).startsWith("raw **** url **** json \"****\" header Basic ****");
  }

  @Test
  void leavesOtherTextAndEmptySecretsAlone() {
    assertThat(masker.mask("nothing to see")).isEqualTo("nothing to see");
    assertThat(SecretMasker.of(Secret.of("")).isEmpty()).isTrue();
    assertThat(SecretMasker.NONE.mask("x")).isEqualTo("x");
    assertThat(masker.toString()).doesNotContain(SECRET);
  }

  @Test
  void combinesMaskers() {
    SecretMasker both = masker.with(SecretMasker.of(Secret.of("db-password-123")));
    assertThat(both.mask("a db-password-123 b " + SECRET)).isEqualTo("a **** b ****");
  }

  @Test
  void writerMasksSecretsWrittenInPieces() throws Exception {
    StringWriter out = new StringWriter();
    try (MaskingWriter writer = new MaskingWriter(out, masker)) {
      writer.write("key=s3cr");
      writer.write("/t+K3y=\"x\" done\nnext ");
      writer.write(SECRET);
    }
    assertThat(out.toString()).isEqualTo("key=**** done\nnext ****");
  }

  @Test
  void outputStreamMasksLineByLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MaskingOutputStream stream = new MaskingOutputStream(out, masker)) {
      byte[] bytes = ("é " + SECRET + "\nsecond " + SECRET).getBytes(StandardCharsets.UTF_8);
      stream.write(bytes, 0, 5);
      stream.write(bytes, 5, bytes.length - 5);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("é ****\nsecond ****");
  }

  @Test
  void consumerWrapperMasks() {
    List<String> seen = new ArrayList<>();
    masker.masking(seen::add).accept("x " + SECRET);
    assertThat(seen).containsExactly("x ****");
  }

  /** Secrets are drawn without {@code *}, so that the mask itself cannot recreate one. */
  @Property(tries = 300)
  void aMaskedTextNeverContainsTheSecret(
      @ForAll
          @AlphaChars
          @NumericChars
          @Chars({'/', '+', '=', '"'})
          @StringLength(min = 4, max = 30)
          String secret,
      @ForAll @StringLength(max = 40) String before,
      @ForAll @StringLength(max = 40) String after) {
    SecretMasker m = SecretMasker.of(Secret.of(secret));
    assertThat(m.mask(before + secret + after + secret)).doesNotContain(secret);
  }
}
