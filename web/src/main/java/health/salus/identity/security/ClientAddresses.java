package health.salus.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address for the per-address limits. Normally the connection's peer. Behind a reverse
 * proxy named in {@code salus.trusted-proxies} (comma-separated addresses) the peer is the proxy:
 * then the client is the right-most address of {@code X-Forwarded-For} that is not itself a trusted
 * proxy (the left part of that header is whatever the client sent, so it is never believed). Anyone
 * else's {@code X-Forwarded-For} is ignored.
 */
@ApplicationScoped
public class ClientAddresses {

  static final String FORWARDED_FOR = "X-Forwarded-For";
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

  @Inject
  @ConfigProperty(name = "salus.trusted-proxies")
  Optional<String> trustedProxies;

  private volatile Set<String> trusted;

  /** The address the request comes from, as the limits count it. */
  public String of(HttpServletRequest request) {
    return resolve(
        request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)), trusted());
  }

  private Set<String> trusted() {
    Set<String> known = trusted;
    if (known == null) {
      known = parse(trustedProxies.orElse(""));
      trusted = known;
    }
    return known;
  }

  static Set<String> parse(String configured) {
    return Set.of(configured.split(",")).stream()
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The client address: the peer unless it is a trusted proxy; then the right-most untrusted hop of
   * the forwarded chain (all headers, in order). A malformed hop ends the walk: the hop before it
   * (a trusted proxy's own view) is taken.
   */
  static String resolve(String peer, List<String> forwardedFor, Set<String> trusted) {
    if (peer == null || !trusted.contains(peer)) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        hops.add(hop.trim());
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!ADDRESS.matcher(hop).matches()) {
        return client;
      }
      client = hop;
      if (!trusted.contains(hop)) {
        return hop;
      }
    }
    return client;
  }
}
