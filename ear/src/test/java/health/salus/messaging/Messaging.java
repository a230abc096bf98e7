package health.salus.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The messaging API as the tests use it. */
final class Messaging {

  private Messaging() {}

  /** A thread to the patient's care team ({@code patientId} only when not null). */
  static JsonObject toCareTeam(String subject, String body, Long patientId) {
    JsonObjectBuilder thread =
        Json.createObjectBuilder()
            .add("toTeam", "CARE_TEAM")
            .add("subject", subject)
            .add("body", body);
    if (patientId != null) {
      thread.add("patientId", patientId);
    }
    return thread.build();
  }

  /** A thread to a practitioner by username. */
  static JsonObject toPractitioner(String username, String subject, String body) {
    return Json.createObjectBuilder()
        .add("toUsername", username)
        .add("subject", subject)
        .add("body", body)
        .build();
  }

  /** Starts a thread, which must be created: its id. */
  static long start(Api who, JsonObject thread) {
    Response created = who.post("/threads", thread);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** Replies in a thread, which must be accepted: the message's id. */
  static long reply(Api who, long threadId, String body) {
    Response created =
        who.post(
            "/threads/" + threadId + "/messages",
            Json.createObjectBuilder().add("body", body).build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** Opens a thread, which must be allowed. */
  static JsonObject open(Api who, long threadId) {
    Response thread = who.get("/threads/" + threadId);
    assertThat(thread.status()).as(thread.toString()).isEqualTo(200);
    return thread.json();
  }

  /** The caller's inbox entry for this thread, which must be there. */
  static JsonObject listed(Api who, long threadId) {
    return inbox(who).stream()
        .filter(t -> t.getJsonNumber("id").longValue() == threadId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("thread " + threadId + " not listed"));
  }

  /** The caller's threads (the largest page). */
  static List<JsonObject> inbox(Api who) {
    Response threads = who.get("/threads?size=200");
    assertThat(threads.status()).as(threads.toString()).isEqualTo(200);
    return threads.items();
  }

  static long unread(Api who, long threadId) {
    return listed(who, threadId).getJsonNumber("unread").longValue();
  }

  static List<JsonObject> messages(JsonObject thread) {
    return thread.getJsonArray("messages").getValuesAs(JsonObject.class);
  }
}
