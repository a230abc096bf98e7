package health.salus.casework;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;

/** Helpers of the casework tests: open a case, add to its plan, read problems. */
public final class Casework {

  private Casework() {}

  /** The provider's zone of the application under test ({@code salus.feedback.zone}'s default). */
  public static final ZoneId SITE_ZONE = ZoneId.of("Australia/Sydney");

  /**
   * Today as the server counts casework days, in the provider's zone: from 13:00 to 24:00 UTC
   * Sydney's day is already tomorrow's in UTC.
   */
  public static LocalDate today() {
    return LocalDate.now(SITE_ZONE);
  }

  static JsonObject newCase(long patientId, String programme, String summary) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("patientId", patientId);
    if (programme != null) {
      body.add("programme", programme);
    }
    if (summary != null) {
      body.add("summary", summary);
    }
    return body.build();
  }

  /** Opens a case as the case manager: its id. */
  public static long open(Api manager, long patientId, String summary) {
    Response created = manager.post("/cases", newCase(patientId, "CHRONIC_CARE", summary));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return id(created);
  }

  static long id(Response created) {
    return created.json().getJsonNumber("id").longValue();
  }

  static JsonObject goal(String description, LocalDate target) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (description != null) {
      body.add("description", description);
    }
    if (target != null) {
      body.add("targetDate", target.toString());
    }
    return body.build();
  }

  static JsonObject task(String title, LocalDate due, String assignee) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (title != null) {
      body.add("title", title);
    }
    if (due != null) {
      body.add("dueDate", due.toString());
    }
    if (assignee != null) {
      body.add("assigneeUsername", assignee);
    }
    return body.build();
  }

  /** An intake assessment with this risk level and risks, at this version (when not null). */
  static JsonObject intake(String riskLevel, String risks, Long version) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("presentingNeeds", "Help with meals and shopping")
            .add("livingSituation", "ALONE")
            .add("supports", "Daughter visits on Sundays")
            .add("riskLevel", riskLevel)
            .add("personGoals", "Keep living at home")
            .add("consentToShare", true);
    if (risks != null) {
      body.add("risks", risks);
    }
    if (version != null) {
      body.add("version", version);
    }
    return body.build();
  }

  /** Opens a case from a referral (INTAKE) as the case manager: its id. */
  static long openIntake(Api manager, long patientId, String summary) {
    JsonObject body =
        Json.createObjectBuilder(newCase(patientId, "NDIS", summary))
            .add("fromReferral", true)
            .build();
    Response created = manager.post("/cases", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("INTAKE");
    return id(created);
  }

  static JsonObject note(String text, String visibility) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (text != null) {
      body.add("text", text);
    }
    if (visibility != null) {
      body.add("visibility", visibility);
    }
    return body.build();
  }

  static JsonObject referral(String toService, String reason) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (toService != null) {
      body.add("toService", toService);
    }
    if (reason != null) {
      body.add("reason", reason);
    }
    return body.build();
  }

  static JsonObject fields(String... nameValues) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    for (int i = 0; i < nameValues.length; i += 2) {
      body.add(nameValues[i], nameValues[i + 1]);
    }
    return body.build();
  }

  /** Posts and expects 201: the created thing's id. */
  static long created(Api who, String path, JsonObject body) {
    Response created = who.post(path, body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return id(created);
  }

  static void assertProblem(Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).as(answer.toString()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.json().getString("detail", "")).isNotBlank();
  }
}
