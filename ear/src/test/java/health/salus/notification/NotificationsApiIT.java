package health.salus.notification;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import jakarta.json.JsonObject;
import java.util.List;
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
    Api owner = freshPatient();
    Appointments.bookSomeSlot(owner, "dr.patel", "IN_PERSON"); // tells the owner in the inbox
    JsonObject inbox = owner.get("/me/notifications").json();
    assertThat(inbox.getInt("unread")).isEqualTo(1);
    long theirs = inbox.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    Api someoneElse = freshPatient();

    Response other = someoneElse.post("/me/notifications/" + theirs + "/read");
    Response unknown = someoneElse.post("/me/notifications/987654321/read");

    for (Response answer : List.of(other, unknown)) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
      assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
      assertThat(answer.json().getString("detail")).isEqualTo("No such notification.");
    }
    assertThat(owner.get("/me/notifications").json().getInt("unread")).isEqualTo(1);
    Response own = owner.post("/me/notifications/" + theirs + "/read");
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertThat(own.json().getBoolean("read")).isTrue();
    assertThat(owner.get("/me/notifications").json().getInt("unread")).isZero();
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
