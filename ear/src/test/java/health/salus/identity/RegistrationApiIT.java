package health.salus.identity;

import static health.salus.testsupport.Api.registration;
import static health.salus.testsupport.Api.text;
import static health.salus.testsupport.Api.with;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code POST /auth/register}: a patient signs up without credentials. */
class RegistrationApiIT {

  private final Api anonymous = Api.anonymous();

  @Test
  void aNewPatientIsCreatedAndCanSignInAtOnce() {
    String username = Api.unique("reg");
    String password = Api.strongPassword();

    Response created = anonymous.post("/auth/register", registration(username, password));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject body = created.json();
    assertThat(body.getString("username")).isEqualTo(username);
    assertThat(body.getJsonNumber("id").longValue()).isPositive();
    assertThat(body.getJsonNumber("patientId").longValue()).isPositive();
    assertThat(created.body()).doesNotContain(password).doesNotContain("pbkdf2");

    Response me = Api.as(username, password).get("/me");
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    assertThat(me.json().getString("username")).isEqualTo(username);
    assertThat(me.json().getString("fullName")).isEqualTo("Test " + username);
    assertThat(me.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("PATIENT");
    assertThat(me.json().getJsonNumber("patientId").longValue())
        .isEqualTo(body.getJsonNumber("patientId").longValue());
  }

  @Test
  void aTakenUsernameIsAConflict() {
    String username = Api.unique("reg");
    Api.registerPatient(username, Api.strongPassword());

    Response again = anonymous.post("/auth/register", registration(username, Api.strongPassword()));

    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(again.json().getInt("status")).isEqualTo(409);
    assertThat(again.errorFields()).containsExactly("username");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "short1A!,",
    "password1234,",
    "qwertyuiop123,",
    "123456789012,",
    "'{user}-Horizon-88',",
  })
  void aWeakPasswordIsRefusedAndNothingIsSaved(String weak) {
    String username = Api.unique("reg");
    String password = weak.replace("{user}", username);

    Response refused = anonymous.post("/auth/register", registration(username, password));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(refused.errorFields()).containsExactly("password");
    assertThat(refused.json().getString("detail")).isNotBlank();
    assertThat(refused.body()).doesNotContain("Exception");
    // Nothing was saved: the same username is still free.
    assertThat(
            anonymous.post("/auth/register", registration(username, Api.strongPassword())).status())
        .isEqualTo(201);
  }

  @Test
  void missingFieldsAreEachNamed() {
    Response refused = anonymous.post("/auth/register", Json.createObjectBuilder().build());

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(refused.errorFields())
        .contains("username", "password", "email", "fullName", "birthDate");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "username, x",
    "username, 'has space'",
    "username, Upper.Case",
    "email, not-an-email",
    "fullName, '   '",
  })
  void anInvalidFieldIsNamed(String field, String value) {
    JsonObject body =
        with(registration(Api.unique("reg"), Api.strongPassword()), field, text(value));

    Response refused = anonymous.post("/auth/register", body);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.errorFields()).contains(field);
  }

  @Test
  void aBirthDateInTheFutureIsRefused() {
    JsonObject body =
        with(
            registration(Api.unique("reg"), Api.strongPassword()),
            "birthDate",
            text(LocalDate.now().plusDays(2).toString()));

    Response refused = anonymous.post("/auth/register", body);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.errorFields()).contains("birthDate");
  }

  @Test
  void aBirthDateThatIsNotADateIsABadRequestNotAServerError() {
    JsonObject body =
        with(
            registration(Api.unique("reg"), Api.strongPassword()), "birthDate", text("12/04/1985"));

    Response refused = anonymous.post("/auth/register", body);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.mediaType()).isEqualTo(Api.PROBLEM_JSON);
  }

  @Test
  void malformedJsonIsABadRequestProblem() {
    Response refused =
        anonymous.post("/auth/register", "{\"username\": \"x\", ", "application/json");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(refused.json().getInt("status")).isEqualTo(400);
    assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at health.");
  }

  @Test
  void registrationIsAudited() {
    String username = Api.unique("reg");
    JsonObject created = Api.registerPatient(username, Api.strongPassword());

    assertThat(Api.auditEntries(username, "REGISTER", "SUCCESS"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getString("actorUsername")).isEqualTo(username);
              assertThat(e.getJsonNumber("patientId").longValue())
                  .isEqualTo(created.getJsonNumber("patientId").longValue());
            });
  }
}
