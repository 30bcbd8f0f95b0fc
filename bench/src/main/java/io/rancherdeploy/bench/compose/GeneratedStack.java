package io.rancherdeploy.bench.compose;

/**
 * A large v2 stack in the shapes users write: every service has interpolated images, environment in
 * both spellings, labels, ports, links and volumes; every tenth has a sidekick, and a load balancer
 * fronts the first services through lb_config port rules.
 */
final class GeneratedStack {
  private GeneratedStack() {}

  static String dockerCompose(int services) {
    StringBuilder yaml = new StringBuilder(services * 400).append("version: '2'\nservices:\n");
    for (int i = 0; i < services; i++) {
      yaml.append("  app")
          .append(i)
          .append(":\n")
          .append("    image: registry.example.com/team/app")
          .append(i)
          .append(":${TAG}\n")
          .append(
              "    command: [\"java\", \"-Xmx256m\", \"-jar\", \"/app.jar\", \"--port=8080\"]\n")
          .append(
              i % 2 == 0
                  ? "    environment:\n"
                      + "      DB_HOST: db\n"
                      + "      DB_PASSWORD: ${DB_PASSWORD}\n"
                      + "      MODE: ${MODE:-prod}\n"
                  : "    environment:\n"
                      + "    - DB_HOST=db\n"
                      + "    - DB_PASSWORD=${DB_PASSWORD}\n"
                      + "    - MODE=${MODE:-prod}\n")
          .append("    labels:\n      io.rancher.container.pull_image: always\n")
          .append("      io.rancher.scheduler.affinity:host_label: tier=app\n");
      if (i % 10 == 0) {
        yaml.append("      io.rancher.sidekicks: app").append(i).append("-log\n");
      }
      yaml.append("    ports:\n    - \"")
          .append(10000 + i)
          .append(":8080\"\n")
          .append("    - target: 9090\n      protocol: udp\n")
          .append("    volumes:\n    - /var/log/app")
          .append(i)
          .append(":/logs:rw\n")
          .append("    links:\n    - app")
          .append((i + 1) % services)
          .append(":next\n")
          .append("    logging: {driver: json-file, options: {max-size: 10m}}\n");
      if (i % 10 == 0) {
        yaml.append("  app")
            .append(i)
            .append("-log:\n    image: fluentd:1.2\n    volumes_from: [app")
            .append(i)
            .append("]\n    command: fluentd -c /fluentd/etc/fluent.conf\n");
      }
    }
    yaml.append(
        "  lb:\n    image: rancher/lb-service-haproxy:v0.7.15\n    ports: ['80:80', '443:443']\n");
    return yaml.toString();
  }

  static String rancherCompose(int services) {
    StringBuilder yaml = new StringBuilder(services * 200).append("version: '2'\nservices:\n");
    for (int i = 0; i < services; i++) {
      yaml.append("  app")
          .append(i)
          .append(":\n    scale: ")
          .append(1 + i % 3)
          .append('\n')
          .append(
              "    upgrade_strategy: {start_first: true, batch_size: 1, interval_millis: 2000}\n")
          .append("    health_check:\n      port: 8080\n      request_line: GET /health HTTP/1.0\n")
          .append(
              "      interval: 2000\n      response_timeout: 2000\n      healthy_threshold: 2\n")
          .append("      unhealthy_threshold: 3\n      strategy: recreate\n");
    }
    yaml.append("  lb:\n    lb_config:\n      port_rules:\n");
    for (int i = 0; i < Math.min(services, 50); i++) {
      yaml.append("      - {source_port: 80, target_port: 8080, service: app")
          .append(i)
          .append(", hostname: app")
          .append(i)
          .append(".example.com, protocol: http}\n");
    }
    yaml.append("    health_check: {port: 42, interval: 2000}\n");
    return yaml.toString();
  }
}
