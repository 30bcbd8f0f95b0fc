package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A secret value that went into the files never shows in a problem, a warning or a toString. */
class ComposeSecretsTest {
  private static final String CANARY = "canary-S3cr3t-value";

  @Test
  void problemsDoNotShowInterpolatedValues() {
    ComposeSource source =
        ComposeSource.builder()
            .composeFile(
                "docker-compose.yml",
                """
                web:
                  image: nginx
                  ports: ['${DB_PASSWORD}']
                  tty: ${DB_PASSWORD}
                """)
            .rancherComposeFile("rancher-compose.yml", "web: {scale: '${DB_PASSWORD}'}")
            .envFile("secrets.env", "DB_PASSWORD=" + CANARY + "\n")
            .build();

    assertThatThrownBy(() -> ComposeLoader.load(source))
        .isInstanceOfSatisfying(
            ComposeException.class,
            e -> {
              assertThat(e.problems()).hasSize(3);
              assertThat(e.getMessage()).doesNotContain(CANARY).contains("****");
              assertThat(e.problems().toString()).doesNotContain(CANARY);
            });
  }

  @Test
  void toStringsDoNotShowInterpolatedValues() {
    ComposeProject project =
        ComposeLoader.load(
            ComposeSource.builder()
                .composeFile(
                    "docker-compose.yml",
                    """
                    web:
                      image: nginx
                      environment: {DB_PASSWORD: '${DB_PASSWORD}'}
                      labels: {io.rancher.sidekicks: side}
                    side:
                      image: busybox
                      environment: [DB_PASSWORD]
                    """)
                .variable("DB_PASSWORD", CANARY)
                .build());
    ServiceSpec web = project.service("web").orElseThrow();

    assertThat(web.launchConfig().toString()).contains(CANARY);
    assertThat(web.toString()).doesNotContain(CANARY);
    assertThat(web.sidekicks().toString()).doesNotContain(CANARY);
    assertThat(project.toString()).doesNotContain(CANARY);
    assertThat(project.usedVariables().toString()).doesNotContain(CANARY);
  }
}
