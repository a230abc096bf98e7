package health.salus.community;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Test data for sharing health status: fresh patients, their connections and their updates. */
final class Sharing {

  private Sharing() {}

  /** A fresh patient, with their username. */
  record Person(String username, Api api) {}

  static Person person() {
    Credentials patient = Api.newPatient("sh");
    return new Person(patient.username(), Api.as(patient.username(), patient.password()));
  }

  static JsonObject username(String username) {
    return Json.createObjectBuilder().add("username", username).build();
  }

  /** {@code from} asks {@code to}; the answer. */
  static Response ask(Person from, Person to) {
    return from.api().post("/me/connections", username(to.username()));
  }

  static List<JsonObject> connections(Person who) {
    Response list = who.api().get("/me/connections");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    return list.jsonArray().getValuesAs(JsonObject.class);
  }

  /** The id of {@code who}'s connection with {@code other}. */
  static long connectionWith(Person who, Person other) {
    return connections(who).stream()
        .filter(c -> c.getString("username").equals(other.username()))
        .mapToLong(c -> c.getJsonNumber("id").longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError(who.username() + " has no " + other.username()));
  }

  /** {@code one} asks, {@code other} accepts: connected. */
  static void connect(Person one, Person other) {
    Response asked = ask(one, other);
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    Response accepted =
        other.api().post("/me/connections/" + connectionWith(other, one) + "/accept");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("ACCEPTED");
  }

  static JsonObjectBuilder update(String text, String audience) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("text", text);
    if (audience != null) {
      body.add("audience", audience);
    }
    return body;
  }

  static JsonArrayBuilder names(Person... people) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    for (Person p : people) {
      names.add(p.username());
    }
    return names;
  }

  /** Shares; must be created: the update's id. */
  static long share(Person author, JsonObjectBuilder update) {
    Response shared = author.api().post("/me/status-updates", update.build());
    assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
    return shared.json().getJsonNumber("id").longValue();
  }

  /** The ids in the first page of the caller's feed. */
  static List<Long> feed(Person reader) {
    Response feed = reader.api().get("/status-updates?size=200");
    assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
    return feed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(u -> u.getJsonNumber("id").longValue())
        .toList();
  }

  /** Whether the reader sees the update: in the feed and by id, which must agree. */
  static boolean sees(Person reader, long updateId) {
    boolean inFeed = feed(reader).contains(updateId);
    Response byId = reader.api().get("/status-updates/" + updateId);
    assertThat(byId.status()).as(byId.toString()).isIn(200, 404);
    assertThat(byId.status() == 200).as("by id agrees with the feed").isEqualTo(inFeed);
    return inFeed;
  }
}
