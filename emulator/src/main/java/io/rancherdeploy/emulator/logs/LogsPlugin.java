package io.rancherdeploy.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rancherdeploy.emulator.EmulatorControl;
import io.rancherdeploy.emulator.EmulatorPlugin;
import io.rancherdeploy.emulator.http.ApiResponse;
import io.rancherdeploy.emulator.http.Call;
import io.rancherdeploy.emulator.http.SocketAccept;
import io.rancherdeploy.emulator.http.SocketEndpoint;
import io.rancherdeploy.emulator.http.SocketSession;
import io.rancherdeploy.emulator.model.ApiError;
import io.rancherdeploy.emulator.simulation.ContainerListener;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts the containers' logs into the emulator: the {@code logs} action, the {@code /v1/logs/}
 * websocket, and each container's lines from its start to its removal. Images write as configured
 * here ({@link #image}); others as {@link LogBehaviour#webService()}.
 */
public final class LogsPlugin implements EmulatorPlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, LogBehaviour> images = new ConcurrentHashMap<>();
  private volatile LogBehaviour fallback = LogBehaviour.webService();
  private volatile int bufferLines = ContainerLogs.DEFAULT_CAPACITY;
  private volatile ContainerLogs logs;
  private volatile EmulatorControl control;

  /**
   * How containers of {@code image} write ({@code docker:} prefix optional, tag as in the compose
   * file).
   */
  public LogsPlugin image(String image, LogBehaviour behaviour) {
    images.put(bare(image), behaviour);
    return this;
  }

  /**
   * How many of its last lines each container keeps (default {@value
   * ContainerLogs#DEFAULT_CAPACITY}); a reader that falls further behind skips lines, as after
   * Docker's log rotation. Set before the emulator starts.
   */
  public LogsPlugin bufferLines(int lines) {
    if (lines < 1) {
      throw new IllegalArgumentException("bufferLines must be at least 1, got " + lines);
    }
    bufferLines = lines;
    return this;
  }

  /** How containers of images nobody configured write. */
  public LogsPlugin defaultImage(LogBehaviour behaviour) {
    fallback = behaviour;
    return this;
  }

  /** The logs themselves, for inspection (lines held, open websockets); present once installed. */
  public ContainerLogs logs() {
    if (logs == null) {
      throw new IllegalStateException("the logs plugin is not installed in a started emulator");
    }
    return logs;
  }

  @Override
  public void install(Context context) {
    control = context.control();
    logs = new ContainerLogs(context.seed(), context.clock(), context.speed(), bufferLines);
    context.routes().openSocket(ContainerLogs.PATH, this::accept);
    context.containerListener(new Lifecycle());
    context.containerLogsAction(this::hostAccess);
  }

  @Override
  public void close() {
    if (logs != null) {
      logs.close();
    }
  }

  private ObjectNode hostAccess(String containerId, JsonNode input, URI origin) {
    try {
      return JSON.valueToTree(logs.logsAction(containerId, input, origin).toResource());
    } catch (LogInputException e) {
      throw new ApiError(422, "InvalidOption", e.getMessage(), e.fieldName());
    }
  }

  private SocketAccept accept(Call call) {
    return logs.follower(call.request().param("token").orElse(""))
        .<SocketAccept>map(follower -> SocketAccept.open(new Endpoint(follower)))
        .orElseGet(
            () ->
                SocketAccept.reject(
                    ApiResponse.json(
                        401,
                        "{\"id\":null,\"type\":\"error\","
                            + "\"links\":{},\"actions\":{},\"status\":401,\"code\":\"Unauthorized\",\"message\":\""
                            + ContainerLogs.UNAUTHORIZED
                            + "\",\"detail\":null}")));
  }

  private LogSource source(ObjectNode container) {
    String image = container.path("imageUuid").asText("");
    String hostId = container.path("hostId").asText("");
    String host =
        control
            .resource(hostId)
            .map(found -> found.path("hostname").asText(found.path("name").asText(hostId)))
            .orElse(hostId);
    return new LogSource(
        container.path("id").asText(),
        container.path("name").asText(""),
        bare(image),
        host,
        container.path("tty").asBoolean(false),
        images.getOrDefault(bare(image), fallback));
  }

  private static String bare(String image) {
    return image.startsWith("docker:") ? image.substring("docker:".length()) : image;
  }

  /** The containers' lifecycle as their logs show it. */
  private final class Lifecycle implements ContainerListener {
    @Override
    public void started(ObjectNode container) {
      logs.started(source(container));
    }

    @Override
    public void stopped(ObjectNode container) {
      String id = container.path("id").asText();
      int exitCode = container.path("exitCode").asInt(0);
      logs.stopped(
          id,
          exitCode == 0
              ? Optional.empty()
              : Optional.of("fatal: the process exited with code " + exitCode));
    }

    @Override
    public void removed(ObjectNode container) {
      logs.removed(container.path("id").asText());
    }
  }

  /** One log websocket on the emulator's socket routes. */
  private static final class Endpoint implements SocketEndpoint {
    private final LogFollower follower;

    Endpoint(LogFollower follower) {
      this.follower = follower;
    }

    @Override
    public void onOpen(SocketSession session) {
      follower.start(
          new LogSink() {
            @Override
            public void send(String frame, Runnable sent) {
              session.send(frame, sent);
            }

            @Override
            public void close() {
              session.close();
            }
          });
    }

    @Override
    public void onClose() {
      follower.stop();
    }

    /**
     * Rancher's log socket (the agent's, through its Go websocket proxy) negotiates no compression;
     * deflating every line would also cost both sides more than the line itself.
     */
    @Override
    public boolean compressed() {
      return false;
    }
  }
}
