package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HSTS only behind TLS: on plain HTTP it would be ignored, or pin a local host to HTTPS. */
class SecurityHeadersFilterTest {

  @Test
  void behindTlsEveryAnswerCarriesHsts() throws Exception {
    assertThat(headersOf(new SecurityHeadersFilter(true), "/salus/login.xhtml"))
        .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    assertThat(headersOf(new SecurityHeadersFilter(true), "/salus/api/v1/me"))
        .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }

  @Test
  void onPlainHttpThereIsNoHsts() throws Exception {
    Map<String, String> headers = headersOf(new SecurityHeadersFilter(false), "/salus/login.xhtml");

    assertThat(headers).doesNotContainKey("Strict-Transport-Security");
    assertThat(headers).containsKey("Content-Security-Policy");
  }

  private static Map<String, String> headersOf(SecurityHeadersFilter filter, String uri)
      throws Exception {
    Map<String, String> headers = new HashMap<>();
    HttpServletRequest request =
        proxy(
            HttpServletRequest.class,
            (name, args) ->
                switch (name) {
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "/salus";
                  default -> null;
                });
    HttpServletResponse response =
        proxy(
            HttpServletResponse.class,
            (name, args) -> {
              if (name.equals("setHeader")) {
                headers.put((String) args[0], (String) args[1]);
              }
              return null;
            });
    FilterChain chain = (req, res) -> {};
    filter.doFilter(request, response, chain);
    return headers;
  }

  interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> answer.answer(method.getName(), args)));
  }
}
