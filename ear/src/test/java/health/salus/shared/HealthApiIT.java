package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import org.junit.jupiter.api.Test;

/** The public health check and the error contract that every resource shares. */
class HealthApiIT {

  @Test
  void healthIsUpWithoutCredentials() {
    Response health = Api.anonymous().get("/health");

    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    assertThat(health.mediaType()).isEqualTo("application/json");
    assertThat(health.json().getString("status")).isEqualTo("UP");
  }

  @Test
  void anUnknownPathIsA404Problem() {
    Response missing = Api.demo("alice").get("/no-such-thing");

    assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
    assertThat(missing.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(missing.json().getInt("status")).isEqualTo(404);
    assertThat(missing.json().getString("title")).isNotBlank();
  }

  @Test
  void malformedJsonIsA400ProblemNotAServerError() {
    Response malformed = Api.demo("alice").post("/me/password", "{not json", "application/json");

    assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
    assertThat(malformed.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(malformed.json().getInt("status")).isEqualTo(400);
    assertThat(malformed.json().getString("detail")).isNotBlank();
    assertThat(malformed.body()).doesNotContain("Exception");
  }

  @Test
  void theWrongMediaTypeIsAProblemToo() {
    Response wrongType =
        Api.anonymous().post("/auth/register", "username=x", "application/x-www-form-urlencoded");

    assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(415);
    assertThat(wrongType.mediaType()).isEqualTo(Api.PROBLEM_JSON);
  }

  @Test
  void aMissingBodyIsABadRequest() {
    Response empty = Api.anonymous().post("/auth/register", "", "application/json");

    assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
    assertThat(empty.mediaType()).isEqualTo(Api.PROBLEM_JSON);
  }
}
