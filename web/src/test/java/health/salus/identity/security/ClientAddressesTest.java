package health.salus.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static final Set<String> PROXY = ClientAddresses.parse(" 10.0.0.5 , 10.0.0.6,");

  @Test
  void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
    assertThat(ClientAddresses.resolve("203.0.113.7", List.of("198.51.100.1"), PROXY))
        .isEqualTo("203.0.113.7");
    assertThat(ClientAddresses.resolve("203.0.113.7", List.of("198.51.100.1"), Set.of()))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void fromATrustedProxyTheRightMostUntrustedHopIsTheClient() {
    assertThat(
            ClientAddresses.resolve(
                "10.0.0.5", List.of("6.6.6.6, 198.51.100.1", "10.0.0.6"), PROXY))
        .isEqualTo("198.51.100.1");
    assertThat(ClientAddresses.resolve("10.0.0.5", List.of("2001:db8::1"), PROXY))
        .isEqualTo("2001:db8::1");
  }

  @Test
  void aTrustedProxyWithoutOrWithAGarbledHeaderCountsAsItself() {
    assertThat(ClientAddresses.resolve("10.0.0.5", List.of(), PROXY)).isEqualTo("10.0.0.5");
    assertThat(ClientAddresses.resolve("10.0.0.5", List.of("<script>"), PROXY))
        .isEqualTo("10.0.0.5");
    assertThat(ClientAddresses.resolve("10.0.0.5", List.of("198.51.100.1, unknown"), PROXY))
        .isEqualTo("10.0.0.5");
  }

  @Test
  void theConfigurationIsACommaSeparatedList() {
    assertThat(PROXY).containsExactlyInAnyOrder("10.0.0.5", "10.0.0.6");
    assertThat(ClientAddresses.parse("")).isEmpty();
  }
}
