package health.salus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTTP Basic on the REST API: who gets in, who gets a 401, and when an account locks. */
class AuthenticationApiIT {

  private final String username = Api.unique("auth");
  private final String password = Api.strongPassword();

  private void register() {
    Api.registerPatient(username, password);
  }

  private static void assertUnauthorizedProblem(Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    assertThat(answer.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getInt("status")).isEqualTo(401);
    assertThat(answer.json().getString("title")).isNotBlank();
  }

  @Test
  void noCredentialsIsA401WithABasicChallenge() {
    assertUnauthorizedProblem(Api.anonymous().get("/me"));
    assertUnauthorizedProblem(Api.anonymous().get("/practitioners"));
  }

  @Test
  void aWrongPasswordIsA401AndAnAuditedFailure() {
    register();

    assertUnauthorizedProblem(Api.as(username, password + "x").get("/me"));

    assertThat(Api.auditEntries(username, "API_LOGIN", "FAILURE"))
        .singleElement()
        .satisfies(e -> assertThat(e.getString("detail")).contains("wrong password"));
  }

  @Test
  void parallelFirstRequestsOfOneAccountAllSucceed() {
    String username = Api.unique("burst");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    Api caller = Api.as(username, password);

    // The first sign-in is what races here: no racer signs in before the start.
    List<Race.Lap<Integer>> laps = Race.laps(8, null, i -> caller.get("/me").status());

    Race.assertOverlapped(laps);
    assertThat(laps).extracting(Race.Lap::result).containsOnly(200);
  }

  @Test
  void anUnknownUsernameIsA401() {
    assertUnauthorizedProblem(Api.as(Api.unique("nobody"), Api.strongPassword()).get("/me"));
  }

  @Test
  void aMalformedAuthorizationHeaderIsA401() {
    String noColon = java.util.Base64.getEncoder().encodeToString("no-colon-here".getBytes());

    assertUnauthorizedProblem(Api.withAuthorization("Basic %%% not base64").get("/me"));
    assertUnauthorizedProblem(Api.withAuthorization("Basic " + noColon).get("/me"));
    assertUnauthorizedProblem(Api.withAuthorization("Bearer abc.def.ghi").get("/me"));
  }

  @Test
  void theRightPasswordSignsInAndTheUsernameIgnoresCase() {
    register();

    Response me = Api.as(username.toUpperCase(), password).get("/me");

    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.json().getString("username")).isEqualTo(username);
    assertThat(Api.auditEntries(username, "API_LOGIN", "SUCCESS")).isNotEmpty();
  }

  @Test
  void fiveWrongPasswordsInARowLockTheAccountEvenForTheRightPassword() {
    register();
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertUnauthorizedProblem(Api.as(username, "Wrong-password-" + attempt).get("/me"));
    }

    Response locked = Api.as(username, password).get("/me");

    assertUnauthorizedProblem(locked);
    assertThat(Api.auditEntries(username, "ACCOUNT_LOCKED", null)).hasSize(1);
    assertThat(Api.auditEntries(username, "API_LOGIN", "DENIED"))
        .anySatisfy(e -> assertThat(e.getString("detail")).contains("locked"));
  }

  @Test
  void fourWrongPasswordsDoNotLockAndASuccessResetsTheCount() {
    register();
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertUnauthorizedProblem(Api.as(username, "Wrong-password-" + attempt).get("/me"));
    }
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertUnauthorizedProblem(Api.as(username, "Wrong-password-" + attempt).get("/me"));
    }

    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);
    assertThat(Api.auditEntries(username, "ACCOUNT_LOCKED", null)).isEmpty();
  }

  @Test
  void aDisabledAccountCannotSignIn() {
    long id = Api.registerPatient(username, password).getJsonNumber("id").longValue();
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);

    assertThat(Api.admin().post("/admin/accounts/" + id + "/disable").status()).isEqualTo(200);

    assertUnauthorizedProblem(Api.as(username, password).get("/me"));
    assertThat(Api.auditEntries(username, "API_LOGIN", "DENIED"))
        .anySatisfy(e -> assertThat(e.getString("detail")).contains("disabled"));

    assertThat(Api.admin().post("/admin/accounts/" + id + "/enable").status()).isEqualTo(200);
    assertThat(Api.as(username, password).get("/me").status()).isEqualTo(200);
  }

  @Test
  void aChangedPasswordEndsTheOldOneAtOnce() {
    register();
    Api user = Api.as(username, password);
    assertThat(user.get("/me").status()).isEqualTo(200);
    String newPassword = Api.strongPassword();

    Response changed =
        user.post(
            "/me/password",
            Json.createObjectBuilder()
                .add("currentPassword", password)
                .add("newPassword", newPassword)
                .build());

    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertUnauthorizedProblem(user.get("/me"));
    assertThat(Api.as(username, newPassword).get("/me").status()).isEqualTo(200);
  }

  @Test
  void aPasswordChangeChecksTheCurrentPasswordAndThePolicy() {
    register();
    Api user = Api.as(username, password);

    Response wrongCurrent =
        user.post(
            "/me/password",
            Json.createObjectBuilder()
                .add("currentPassword", "not-my-password")
                .add("newPassword", Api.strongPassword())
                .build());
    Response weak =
        user.post(
            "/me/password",
            Json.createObjectBuilder()
                .add("currentPassword", password)
                .add("newPassword", "password1234")
                .build());

    assertThat(wrongCurrent.status()).as(wrongCurrent.toString()).isEqualTo(400);
    assertThat(wrongCurrent.errorFields()).containsExactly("currentPassword");
    assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
    assertThat(weak.errorFields()).containsExactly("newPassword");
    assertThat(user.get("/me").status()).isEqualTo(200);
  }

  private static long millis(Api client) {
    long start = System.nanoTime();
    Response answer = client.get("/me");
    long took = (System.nanoTime() - start) / 1_000_000;
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    return took;
  }

  private static long median(List<Long> samples) {
    List<Long> sorted = samples.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  @Test
  void unknownLockedAndDisabledAccountsAnswerExactlyLikeAWrongPasswordInBodyAndTime() {
    String address = Api.uniqueAddress();
    String wrongOne = Api.unique("same");
    String wrongTwo = Api.unique("same");
    String locked = Api.unique("same");
    String disabled = Api.unique("same");
    String password = Api.strongPassword();
    for (String name : List.of(wrongOne, wrongTwo, locked)) {
      Api.registerPatient(name, password);
    }
    long disabledId = Api.registerPatient(disabled, password).getJsonNumber("id").longValue();
    for (int attempt = 1; attempt <= 5; attempt++) {
      Api.as(locked, "Wrong-password-" + attempt).viaProxyFor(address).get("/me");
    }
    assertThat(Api.admin().post("/admin/accounts/" + disabledId + "/disable").status())
        .isEqualTo(200);

    Response wrong = Api.as(wrongOne, "Wrong-password-x").viaProxyFor(address).get("/me");
    List<Response> others =
        List.of(
            Api.as(Api.unique("nobody"), password).viaProxyFor(address).get("/me"),
            Api.as(locked, password).viaProxyFor(address).get("/me"),
            Api.as(disabled, password).viaProxyFor(address).get("/me"));
    assertUnauthorizedProblem(wrong);
    for (Response other : others) {
      assertThat(other.status()).as(other.toString()).isEqualTo(401);
      assertThat(other.body()).as(other.toString()).isEqualTo(wrong.body());
      assertThat(other.header("WWW-Authenticate")).isEqualTo(wrong.header("WWW-Authenticate"));
      assertThat(other.mediaType()).isEqualTo(wrong.mediaType());
    }

    List<Long> wrongTimes = new ArrayList<>();
    List<Long> unknownTimes = new ArrayList<>();
    List<Long> lockedTimes = new ArrayList<>();
    List<Long> disabledTimes = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      // Two accounts take the wrong passwords, so that neither locks during the measurement.
      wrongTimes.add(
          millis(
              Api.as(round % 2 == 0 ? wrongTwo : wrongOne, "Wrong-" + round).viaProxyFor(address)));
      unknownTimes.add(millis(Api.as(Api.unique("nobody"), password).viaProxyFor(address)));
      lockedTimes.add(millis(Api.as(locked, password).viaProxyFor(address)));
      disabledTimes.add(millis(Api.as(disabled, password).viaProxyFor(address)));
    }
    // Skipping the hash answers in milliseconds, paying it in tens (the test server hashes at
    // 100,000 iterations, SALUS_PASSWORD_ITERATIONS in ear/pom.xml). A wrong password also
    // writes the failure count under a row lock, which on a busy machine costs as much again:
    // a third of its time still tells a hashed answer from an unhashed one.
    long wrongMedian = median(wrongTimes);
    assertThat(median(unknownTimes))
        .as("unknown vs wrong %s", wrongTimes)
        .isGreaterThanOrEqualTo(wrongMedian / 3);
    assertThat(median(lockedTimes))
        .as("locked vs wrong %s", wrongTimes)
        .isGreaterThanOrEqualTo(wrongMedian / 3);
    assertThat(median(disabledTimes))
        .as("disabled vs wrong %s", wrongTimes)
        .isGreaterThanOrEqualTo(wrongMedian / 3);
  }
}
