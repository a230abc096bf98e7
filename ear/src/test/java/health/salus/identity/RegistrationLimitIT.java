package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.PageSession;
import health.salus.testsupport.PageSession.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Registration is limited per client address (429 with {@code Retry-After}, on the page a message),
 * and the client address is the forwarded one only when the request comes through the trusted
 * proxy. The test server trusts 127.0.0.1 and allows {@code salus.registrationLimit} attempts an
 * hour (see ear/pom.xml); the default of 30 is checked by RegistrationThrottleTest.
 */
class RegistrationLimitIT {

  private static final int LIMIT = Integer.getInteger("salus.registrationLimit", 1000);

  /** Uses up the allowance of one client address with cheap (invalid) attempts. */
  private static void useUpTheAllowanceOf(String address) throws Exception {
    Api client = Api.anonymous().viaProxyFor(address);
    JsonObject empty = Json.createObjectBuilder().build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < LIMIT; i++) {
        answers.add(pool.submit(() -> client.post("/auth/register", empty)));
      }
      for (Future<Response> answer : answers) {
        Response response = answer.get(120, TimeUnit.SECONDS);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void beyondTheLimitAnAddressGets429WithRetryAfterAndOtherAddressesDoNot() throws Exception {
    String address = Api.uniqueAddress();
    useUpTheAllowanceOf(address);
    String username = Api.unique("limit");
    String password = Api.strongPassword();

    Response refused =
        Api.anonymous()
            .viaProxyFor(address)
            .post("/auth/register", Api.registration(username, password));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
    assertThat(refused.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(refused.json().getInt("status")).isEqualTo(429);
    assertThat(refused.header("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
    assertThat(Api.as(username, password).get("/me").status()).as("not created").isEqualTo(401);

    Response elsewhere =
        Api.anonymous()
            .viaProxyFor(Api.uniqueAddress())
            .post("/auth/register", Api.registration(username, password));
    assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);

    Answer page =
        PageSession.forwardedFor(address)
            .submit(
                "/register.xhtml",
                "register",
                Map.of(
                    "username",
                    Api.unique("limit"),
                    "fullName",
                    "Page Limit",
                    "email",
                    "page.limit@example.org",
                    "birthDate",
                    "1980-01-02",
                    "password",
                    password,
                    "passwordConfirm",
                    password));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.body()).contains("Too many registrations from your network");
  }

  @Test
  void aForwardedAddressIsBelievedOnlyFromTheTrustedProxy() throws Exception {
    String address = Api.uniqueAddress();
    useUpTheAllowanceOf(address);

    // 127.0.0.2 is this machine too, but not the trusted proxy: its X-Forwarded-For is ignored
    // and the attempt counts for 127.0.0.2 itself.
    int status = postFrom("127.0.0.2", "/api/v1/auth/register", "{}", address);

    assertThat(status).isEqualTo(400);
    assertThat(
            Api.anonymous()
                .viaProxyFor(address)
                .post("/auth/register", Json.createObjectBuilder().build())
                .status())
        .isEqualTo(429);
  }

  /** A POST sent from a given local address, with an {@code X-Forwarded-For}; its status. */
  private static int postFrom(String localAddress, String path, String json, String forwardedFor)
      throws Exception {
    URI base = URI.create(Api.baseUrl());
    try (Socket socket =
        new Socket(
            InetAddress.getByName(base.getHost()),
            base.getPort(),
            InetAddress.getByName(localAddress),
            0)) {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      String head =
          "POST "
              + base.getPath()
              + path
              + " HTTP/1.1\r\n"
              + "Host: "
              + base.getHost()
              + ":"
              + base.getPort()
              + "\r\nContent-Type: application/json\r\nAccept: application/json"
              + "\r\nX-Forwarded-For: "
              + forwardedFor
              + "\r\nContent-Length: "
              + body.length
              + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }
}
