package io.rancherdeploy.emulator.balancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Load balancer listeners over real sockets, with the targets a test sets (as the model would). */
class LoadBalancersTest {

  private static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .callTimeout(Duration.ofSeconds(5))
          .retryOnConnectionFailure(false)
          .build();

  private final List<Backend> healthy = new CopyOnWriteArrayList<>();
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private final LoadBalancers balancers =
      new LoadBalancers(
          (service, sourcePort, host, path) -> {
            asked.add(service + ":" + sourcePort + " " + path);
            return List.copyOf(healthy);
          });

  @AfterEach
  void stop() {
    balancers.close();
  }

  private static String get(BalancerPort port, String path, int expectedStatus) throws IOException {
    try (Response response =
        HTTP.newCall(new Request.Builder().url(port.url().resolve(path).toString()).build())
            .execute()) {
      assertThat(response.code()).isEqualTo(expectedStatus);
      return response.body().string();
    }
  }

  @Test
  void spreadsRequestsRoundRobinAndEachAnswerNamesItsContainer() throws IOException {
    healthy.add(new Backend("1i1", "demo-web-1", "host1"));
    healthy.add(new Backend("1i2", "demo-web-2", "host2"));
    BalancerPort port = balancers.open("1s9", 80);
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(get(port, "/hello", 200));
    }
    assertThat(answers)
        .containsExactly(
            "demo-web-1 on host1\n",
            "demo-web-2 on host2\n",
            "demo-web-1 on host1\n",
            "demo-web-2 on host2\n");
    assertThat(asked).first().isEqualTo("1s9:80 /hello");
    assertThat(balancers.port("1s9", 80)).get().extracting(BalancerPort::served).isEqualTo(4L);
  }

  @Test
  void answers503WhenNoTargetIsHealthyAndRecoversWhenOneIs() throws IOException {
    BalancerPort port = balancers.open("1s9", 80);
    assertThat(get(port, "/", 503)).contains("No server is available");
    healthy.add(new Backend("1i3", "demo-web-3", "host3"));
    assertThat(get(port, "/", 200)).isEqualTo("demo-web-3 on host3\n");
    assertThat(balancers.port("1s9", 80).orElseThrow())
        .extracting(BalancerPort::served, BalancerPort::refused)
        .containsExactly(1L, 1L);
  }

  @Test
  void aLostContainerStopsGettingRequestsAtOnce() throws IOException {
    healthy.add(new Backend("1i1", "demo-web-1", "host1"));
    healthy.add(new Backend("1i2", "demo-web-2", "host2"));
    BalancerPort port = balancers.open("1s9", 80);
    get(port, "/", 200);
    healthy.remove(0);
    for (int i = 0; i < 3; i++) {
      assertThat(get(port, "/", 200)).isEqualTo("demo-web-2 on host2\n");
    }
  }

  @Test
  void eachSourcePortGetsItsOwnLoopbackPortAndOpeningAgainChangesNothing() {
    BalancerPort http = balancers.open("1s9", 80);
    BalancerPort https = balancers.open("1s9", 443);
    assertThat(http.localPort()).isNotEqualTo(https.localPort()).isPositive();
    assertThat(balancers.open("1s9", 80).localPort()).isEqualTo(http.localPort());
    assertThat(balancers.ports()).extracting(BalancerPort::sourcePort).containsExactly(80, 443);
  }

  @Test
  void aClosedBalancerRefusesConnections() throws IOException {
    healthy.add(new Backend("1i1", "demo-web-1", "host1"));
    BalancerPort kept = balancers.open("1s9", 80);
    BalancerPort dropped = balancers.open("1s9", 8080);
    balancers.retain("1s9", java.util.Set.of(80));
    get(kept, "/", 200);
    assertThatThrownBy(() -> get(dropped, "/", 200)).isInstanceOf(ConnectException.class);
    balancers.close("1s9");
    assertThat(balancers.ports()).isEmpty();
    assertThatThrownBy(() -> get(kept, "/", 200)).isInstanceOf(IOException.class);
  }
}
