package io.rancherdeploy.core.compose;

import static io.rancherdeploy.core.compose.Stacks.launchConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every service shape found in the wild converts to the launch config Rancher's transform would
 * give.
 */
class ServiceShapesTest {
  private static Map<String, Object> web(String body) {
    return launchConfig(
        "version: '2'\nservices:\n  web:\n    image: nginx:1.13\n" + body.indent(4), "web");
  }

  @Test
  void portsShortSyntaxWithRangesProtocolsAndHostIp() {
    Map<String, Object> config =
        web(
            """
            ports:
            - 80
            - "8080:5000"
            - 9000-9001:90-91/udp
            - 127.0.0.1:5432:5432
            - "53/UDP"
            """);

    assertThat(config.get("ports"))
        .isEqualTo(
            List.of(
                "80/tcp",
                "8080:5000/tcp",
                "9000:90/udp",
                "9001:91/udp",
                "5432:5432/tcp",
                "53/udp"));
  }

  @Test
  void portsLongSyntaxEqualShortSyntax() {
    Map<String, Object> longForm =
        web(
            """
            ports:
            - target: 5000
              published: 8080
              protocol: tcp
            - {target: 53, protocol: udp}
            """);
    Map<String, Object> shortForm = web("ports: ['8080:5000', '53/udp']");

    assertThat(longForm.get("ports")).isEqualTo(List.of("8080:5000/tcp", "53/udp"));
    assertThat(longForm).isEqualTo(shortForm);
  }

  @Test
  void environmentAndLabelsAsListOrMapGiveTheSameMap() {
    Map<String, Object> list =
        web(
            """
            environment:
            - A=1
            - B=x=y
            - EMPTY=
            labels:
            - io.rancher.container.pull_image=always
            """);
    Map<String, Object> map =
        web(
            """
            environment:
              A: 1
              B: x=y
              EMPTY: ''
            labels:
              io.rancher.container.pull_image: always
            """);

    assertThat(list.get("environment")).isEqualTo(Map.of("A", "1", "B", "x=y", "EMPTY", ""));
    assertThat(list).isEqualTo(map);
  }

  @Test
  void commandAndEntrypointAsStringOrList() {
    Map<String, Object> string =
        web(
            """
            command: redis-server --appendonly "yes please" 'a b'
            entrypoint: /bin/sh -c
            """);
    Map<String, Object> list =
        web(
            """
            command: [redis-server, --appendonly, yes please, a b]
            entrypoint: [/bin/sh, -c]
            """);

    assertThat(string.get("command"))
        .isEqualTo(List.of("redis-server", "--appendonly", "yes please", "a b"));
    assertThat(string.get("entryPoint")).isEqualTo(List.of("/bin/sh", "-c"));
    assertThat(string).isEqualTo(list);
  }

  @Test
  void linksWithAndWithoutAliasesAndExternalLinks() {
    ServiceSpec web =
        Stacks.service(
            """
            web:
              image: nginx
              links: [db:database, cache]
              external_links: [shared/redis:redis, infra/dns]
            db: {image: postgres}
            cache: {image: memcached}
            """,
            "web");

    assertThat(web.links())
        .containsExactly(
            new ServiceLink("db", java.util.Optional.of("database"), java.util.Optional.empty()),
            new ServiceLink("cache", java.util.Optional.empty(), java.util.Optional.empty()),
            new ServiceLink(
                "redis", java.util.Optional.of("redis"), java.util.Optional.of("shared")),
            new ServiceLink("dns", java.util.Optional.empty(), java.util.Optional.of("infra")));
    assertThat(web.dependencies()).containsExactly("db", "cache");
    assertThat(web.launchConfig()).doesNotContainKey("links");
  }

  @Test
  void volumesShortLongNamedAndDriver() {
    Map<String, Object> config =
        launchConfig(
            """
            version: '2'
            services:
              web:
                image: nginx
                volume_driver: ''
                volumes:
                - /data
                - /host/logs:/var/log:ro
                - type: volume
                  source: cache
                  target: /cache
                  read_only: true
                - cache2:/cache2
            volumes:
              cache: {driver: rancher-nfs}
              cache2: {}
            """,
            "web");

    assertThat(config.get("dataVolumes"))
        .isEqualTo(List.of("/data", "/host/logs:/var/log:ro", "cache:/cache:ro", "cache2:/cache2"));
    assertThat(config.get("volumeDriver")).isEqualTo("rancher-nfs");
  }

  @Test
  void dockerOptionsMapToRancherNames() {
    Map<String, Object> config =
        web(
            """
            stdin_open: true
            tty: false
            privileged: true
            read_only: true
            user: nobody
            working_dir: /app
            hostname: web1
            domainname: example.com
            mem_limit: 512m
            memswap_limit: 1g
            cpu_shares: 512
            cpuset: 0,1
            restart: on-failure:5
            dns: 8.8.8.8
            dns_search: [example.com]
            cap_add: [NET_ADMIN]
            cap_drop: [MKNOD]
            devices: [/dev/fuse]
            extra_hosts: [somehost:162.242.195.82]
            security_opt: [label:user:USER]
            pid: host
            stop_signal: SIGTERM
            ulimits:
              nproc: 65535
              nofile: {soft: 20000, hard: 40000}
            logging:
              driver: json-file
              options: {max-size: 10m}
            network_mode: host
            """);

    assertThat(config)
        .containsEntry("stdinOpen", true)
        .doesNotContainKey("tty")
        .containsEntry("privileged", true)
        .containsEntry("readOnly", true)
        .containsEntry("user", "nobody")
        .containsEntry("workingDir", "/app")
        .containsEntry("hostname", "web1")
        .containsEntry("domainName", "example.com")
        .containsEntry("memory", 536870912L)
        .containsEntry("memorySwap", 1073741824L)
        .containsEntry("cpuShares", 512L)
        .containsEntry("cpuSet", "0,1")
        .containsEntry("restartPolicy", Map.of("name", "on-failure", "maximumRetryCount", 5L))
        .containsEntry("dns", List.of("8.8.8.8"))
        .containsEntry("dnsSearch", List.of("example.com"))
        .containsEntry("capAdd", List.of("NET_ADMIN"))
        .containsEntry("capDrop", List.of("MKNOD"))
        .containsEntry("devices", List.of("/dev/fuse:/dev/fuse:rwm"))
        .containsEntry("extraHosts", List.of("somehost:162.242.195.82"))
        .containsEntry("securityOpt", List.of("label:user:USER"))
        .containsEntry("pidMode", "host")
        .containsEntry("stopSignal", "SIGTERM")
        .containsEntry(
            "ulimits",
            List.of(
                Map.of("name", "nproc", "soft", 65535L, "hard", 65535L),
                Map.of("name", "nofile", "soft", 20000L, "hard", 40000L)))
        .containsEntry(
            "logConfig", Map.of("driver", "json-file", "config", Map.of("max-size", "10m")))
        .containsEntry("networkMode", "host");
  }

  @Test
  void v1LogDriverAndNetWork() {
    Map<String, Object> config =
        launchConfig(
            """
            web:
              image: nginx
              log_driver: syslog
              log_opt: {syslog-address: "udp://1.2.3.4:514"}
              net: bridge
            """,
            "web");

    assertThat(config)
        .containsEntry(
            "logConfig",
            Map.of("driver", "syslog", "config", Map.of("syslog-address", "udp://1.2.3.4:514")))
        .containsEntry("networkMode", "bridge");
  }

  @Test
  void dockerHealthcheckOfComposeTwoOne() {
    Map<String, Object> config =
        launchConfig(
            """
            version: '2.1'
            services:
              web:
                image: nginx
                healthcheck:
                  test: curl -f http://localhost
                  interval: 1m30s
                  timeout: 10s
                  retries: 3
            """,
            "web");

    assertThat(config)
        .containsEntry("healthCmd", List.of("CMD-SHELL", "curl -f http://localhost"))
        .containsEntry("healthInterval", 90_000_000_000L)
        .containsEntry("healthTimeout", 10_000_000_000L)
        .containsEntry("healthRetries", 3L);
  }

  @Test
  void exposeIsDroppedAsTheTransformDropsIt() {
    assertThat(web("expose: ['3000']")).doesNotContainKey("expose").doesNotContainKey("ports");
  }

  @Test
  void bareEnvironmentKeysTakeTheirValueFromTheVariables() {
    ComposeProject project =
        ComposeLoader.load(
            ComposeSource.builder()
                .composeFile(
                    "c.yml",
                    """
                    web:
                      image: nginx
                      environment: [TOKEN, UNSET_ONE]
                    """)
                .variable("TOKEN", "s3cr3t")
                .build());

    assertThat(project.service("web").orElseThrow().launchConfig().get("environment"))
        .isEqualTo(Map.of("TOKEN", "s3cr3t"));
    assertThat(project.usedVariables())
        .extracting(UsedVariable::name)
        .containsExactly("TOKEN", "UNSET_ONE");
  }

  @Test
  void whatRancherWouldSilentlyChangeIsAWarning() {
    ComposeProject project =
        Stacks.load(
            """
            web:
              image: nginx
              container_name: my-web
              ports: ['127.0.0.1:8080:80']
              volumes: ['./data:/data']
            """);

    assertThat(project.warnings())
        .extracting(p -> p.path() + ": " + p.message())
        .containsExactly(
            "web.container_name: Rancher ignores `container_name`: Rancher names containers"
                + " <stack>-<service>-<n> itself",
            "web.ports: Rancher's transform drops the host IP of a port mapping; the port is"
                + " published on every address of the host",
            "web.volumes: the relative host path `./data` is passed to Rancher as written; each"
                + " host's Docker resolves it");
    assertThat(project.warnings()).allSatisfy(w -> assertThat(w.line()).isPositive());
  }
}
