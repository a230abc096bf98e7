package health.salus.notification;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import org.junit.jupiter.api.Test;

/** {@code /me/notifications}: a person's own notifications, and nobody else's. */
class NotificationsApiIT {

  private static Api freshPatient() {
    String username = Api.unique("inbox");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    return Api.as(username, password);
  }

  @Test
  void aNewPatientHasAnEmptyInbox() {
    Response answer = freshPatient().get("/me/notifications");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().getJsonArray("items")).isEmpty();
    assertThat(answer.json().getInt("total")).isZero();
    assertThat(answer.json().getInt("unread")).isZero();
  }

  @Test
  void someoneElsesOrAnUnknownNotificationIsNotFound() {
    Response answer = freshPatient().post("/me/notifications/987654321/read");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail")).isEqualTo("No such notification.");
  }

  @Test
  void markingAllReadIsAllowedWithNothingToMark() {
    assertThat(freshPatient().post("/me/notifications/read-all").status()).isEqualTo(204);
  }

  @Test
  void anonymousCallersAreAskedToSignIn() {
    assertThat(Api.anonymous().get("/me/notifications").status()).isEqualTo(401);
  }

  @Test
  void aBadPageNumberIsAClearRefusalAndAHugeSizeIsCapped() {
    Response negative = freshPatient().get("/me/notifications?page=-3");
    assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
    assertThat(negative.errorFields()).containsExactly("page");

    Response huge = freshPatient().get("/me/notifications?size=100000");
    assertThat(huge.status()).as(huge.toString()).isEqualTo(200);
    assertThat(huge.json().getJsonArray("items")).isEmpty();
  }
}
