package io.rancherdeploy.core.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Random damage to valid files (deleted lines, wrong types, broken indentation, unknown keys, cut
 * files) ends either in a valid model or in a ComposeException whose problems are all located;
 * never in another exception.
 */
class MutationPropertiesTest {
  private static final List<String> COMPOSE =
      List.of(
          """
          RancherLB:
            ports:
            - '80'
            labels:
              io.rancher.loadbalancer.target.flask-nanoservice: flask-nanoservice.examplez.com=5000
            tty: true
            image: rancher/load-balancer-service
            links:
            - flask-nanoservice:flask-nanoservice
          flask-nanoservice:
            labels:
              io.rancher.container.pull_image: always
            tty: true
            image: smoll/flask-nanoservice:latest
          """,
          """
          version: '2'
          services:
            web:
              image: nginx:${TAG:-1.13}
              command: nginx -g 'daemon off;'
              environment:
                - A=1
                - B
              ports:
                - "8080:80"
                - target: 443
                  published: 8443
              volumes:
                - data:/data:ro
              links: [db:database]
              labels:
                io.rancher.sidekicks: side
              logging:
                driver: json-file
                options: {max-size: 10m}
            side:
              image: busybox
              volumes_from: [web]
            db:
              image: postgres
              ulimits: {nofile: {soft: 1, hard: 2}}
            lb:
              image: rancher/lb-service-haproxy:v0.7.9
              ports: ['80:80']
          volumes:
            data: {driver: local}
          """);
  private static final String RANCHER =
      """
      version: '2'
      services:
        web:
          scale: 2
          upgrade_strategy: {start_first: true, batch_size: 1}
          health_check:
            port: 80
            interval: 2000
        lb:
          lb_config:
            port_rules:
            - source_port: 80
              target_port: 80
              service: web
        RancherLB:
          scale: 1
          health_check: {port: 42}
      """;
  private static final List<String> GARBAGE =
      List.of(
          "[]",
          "{}",
          "true",
          "12",
          "'x'",
          "~",
          "[1, {a: b}]",
          "${",
          "$NOPE",
          "&a x",
          "*zz",
          "!!python/object:os.system x",
          "|",
          "'unclosed",
          "{a: [",
          "- - -",
          "\t",
          "?");

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> base = Arbitraries.of(COMPOSE);
    return base.flatMap(
        text ->
            mutation(text)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(
                    steps -> {
                      String result = text;
                      for (Mutation step : steps) {
                        result = step.apply(result);
                      }
                      return result;
                    }));
  }

  private interface Mutation {
    String apply(String text);
  }

  private Arbitrary<Mutation> mutation(String text) {
    int lines = (int) text.lines().count();
    Arbitrary<Integer> line = Arbitraries.integers().between(0, lines - 1);
    Arbitrary<Mutation> delete = line.map(n -> t -> edit(t, n, l -> null));
    Arbitrary<Mutation> indent =
        Combinators.combine(line, Arbitraries.of(" ", "   ", "\t", "-"))
            .as((n, prefix) -> t -> edit(t, n, l -> prefix + l));
    Arbitrary<Mutation> dedent = line.map(n -> t -> edit(t, n, String::stripLeading));
    Arbitrary<Mutation> wrongType =
        Combinators.combine(line, Arbitraries.of(GARBAGE))
            .as(
                (n, garbage) ->
                    t ->
                        edit(
                            t,
                            n,
                            l ->
                                l.contains(":")
                                    ? l.substring(0, l.indexOf(':') + 1) + " " + garbage
                                    : l + " " + garbage));
    Arbitrary<Mutation> unknownKey =
        Combinators.combine(line, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
            .as((n, key) -> t -> edit(t, n, l -> l + "\n" + l.replaceAll("\\S.*", key + ": 1")));
    Arbitrary<Mutation> cut =
        Arbitraries.integers()
            .between(0, text.length())
            .map(n -> t -> t.substring(0, Math.min(n, t.length())));
    return Arbitraries.oneOf(delete, indent, dedent, wrongType, unknownKey, cut);
  }

  private interface LineEdit {
    String apply(String line);
  }

  private static String edit(String text, int index, LineEdit edit) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (index >= lines.size()) {
      return text;
    }
    String replaced = edit.apply(lines.get(index));
    if (replaced == null) {
      lines.remove(index);
    } else {
      lines.set(index, replaced);
    }
    return String.join("\n", lines);
  }

  @Property(tries = 1500)
  void endsInAValidModelOrALocatedComposeException(@ForAll("mutated") String compose) {
    ComposeSource source =
        ComposeSource.builder()
            .composeFile("docker-compose.yml", compose)
            .rancherComposeFile("rancher-compose.yml", RANCHER)
            .build();
    try {
      ComposeProject project = ComposeLoader.load(source);
      assertThat(project.services())
          .allSatisfy(s -> assertThat(s.hashes().launchConfig()).hasSize(64));
      assertThat(project.render()).isNotEmpty();
      Statistics.collect("valid model");
    } catch (ComposeException e) {
      Statistics.collect("located problems");
      assertThat(e.problems())
          .isNotEmpty()
          .allSatisfy(
              p -> {
                assertThat(p.file()).isIn("docker-compose.yml", "rancher-compose.yml");
                assertThat(p.message()).isNotBlank();
                if (p.line() == 0) {
                  assertThat(p.message())
                      .isIn("the file is empty", "the file holds more than one YAML document");
                }
              });
      assertThat(e.getMessage()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void theUndamagedFilesLoad() {
    for (String compose : COMPOSE) {
      assertThat(
              ComposeLoader.load(
                      ComposeSource.builder()
                          .composeFile("docker-compose.yml", compose)
                          .rancherComposeFile("rancher-compose.yml", RANCHER)
                          .build())
                  .services())
          .isNotEmpty();
    }
  }

  @Property(tries = 300)
  void damagedRancherComposeFilesToo(@ForAll("mutatedRancher") String rancher) {
    ComposeSource source =
        ComposeSource.builder()
            .composeFile("docker-compose.yml", COMPOSE.get(1))
            .rancherComposeFile("rancher-compose.yml", rancher)
            .build();
    try {
      ComposeLoader.load(source);
    } catch (ComposeException e) {
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }
  }

  @Provide
  Arbitrary<String> mutatedRancher() {
    return mutation(RANCHER)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            steps -> {
              String result = RANCHER;
              for (Mutation step : steps) {
                result = step.apply(result);
              }
              return result;
            });
  }
}
