package io.rancherdeploy.core.deploy.run;

import io.rancherdeploy.core.api.Service;
import java.util.List;

/** The last log lines of a service's containers, for a failure report. */
@FunctionalInterface
interface ContainerTail {
  ContainerTail NONE = service -> List.of();

  List<String> lastLines(Service service);
}
