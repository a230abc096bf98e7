package health.salus.monitoring;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Test data for monitoring: a fresh patient whose care team the front desk (desk.jones) joins
 * dr.chen to, readings they enter, thresholds dr.chen sets. Demo patients are only read.
 */
final class Monitoring {

  /** A fresh patient, with dr.chen in the care team (or not). */
  record Patient(String username, String password, long patientId, String fullName) {
    Api api() {
      return Api.as(username, password);
    }
  }

  private Monitoring() {}

  static Patient patient(boolean ofDrChen) {
    TestPatient p = ofDrChen ? TestPatient.withGp("rd", "dr.chen") : TestPatient.register("rd");
    return new Patient(p.username(), p.password(), p.id(), p.fullName());
  }

  static JsonObject reading(String type, double value, String unit, Instant takenAt) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("value", value);
    if (type != null) {
      body.add("type", type);
    }
    if (unit != null) {
      body.add("unit", unit);
    }
    if (takenAt != null) {
      body.add("takenAt", takenAt.toString());
    }
    return body.build();
  }

  static JsonObject reading(String type, double value, String unit) {
    return reading(type, value, unit, Instant.now().minus(1, ChronoUnit.MINUTES));
  }

  /** The patient records a reading; it must be created. */
  static JsonObject record(Patient patient, String type, double value, String unit) {
    Response created = patient.api().post("/me/readings", reading(type, value, unit));
    if (created.status() != 201) {
      throw new AssertionError("reading: " + created);
    }
    return created.json();
  }

  static JsonObject bounds(Double low, Double high) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (low != null) {
      body.add("low", low);
    }
    if (high != null) {
      body.add("high", high);
    }
    return body.build();
  }

  /** dr.chen sets the patient's threshold; it must be accepted. */
  static void threshold(Patient patient, String type, Double low, Double high) {
    Response set =
        Api.demo("dr.chen")
            .put("/patients/" + patient.patientId() + "/thresholds/" + type, bounds(low, high));
    if (set.status() != 200) {
      throw new AssertionError("threshold: " + set);
    }
  }

  static JsonObject answers(Integer... answers) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Integer answer : answers) {
      list.add(answer);
    }
    return Json.createObjectBuilder().add("answers", list).build();
  }

  /** The alerts of the patient among dr.chen's open (or acknowledged) ones. */
  static List<JsonObject> alertsOf(Patient patient, String status) {
    Response list = Api.demo("dr.chen").get("/me/alerts?size=200&status=" + status);
    if (list.status() != 200) {
      throw new AssertionError("alerts: " + list);
    }
    return list.items().stream()
        .filter(a -> a.getJsonNumber("patientId").longValue() == patient.patientId())
        .toList();
  }

  /** dr.chen's notifications about the patient (their name is in the title). */
  static List<JsonObject> noticesAbout(Patient patient) {
    Response list = Api.demo("dr.chen").get("/me/notifications?size=200");
    if (list.status() != 200) {
      throw new AssertionError("notifications: " + list);
    }
    return list.items().stream()
        .filter(n -> n.getString("title").contains(patient.fullName()))
        .toList();
  }
}
