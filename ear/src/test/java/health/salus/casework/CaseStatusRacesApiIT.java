package health.salus.casework;

import static health.salus.casework.Casework.open;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Status moves that race: the case manager, signed in on two devices, puts a case on hold on one
 * and closes it on the other at the same moment, both from the version they read. Exactly one move
 * wins, the other is told the case changed meanwhile (409), and the history holds the winner's move
 * only. (Only the case's own case manager may move it, so the two racers are two sessions of one
 * case manager.) Each racer signs in first and all start from one barrier on threads of their own;
 * the race counts only when the calls were in flight together.
 */
class CaseStatusRacesApiIT {

  @RepeatedTest(3)
  void holdAndCloseAtOnceOneWinsTheOtherIsAConflict() {
    Credentials manager = Api.newStaff("cm-race", "CASE_MANAGER");
    Api desk = Api.as(manager.username(), manager.password());
    Api tablet = Api.as(manager.username(), manager.password());
    TestPatient patient = TestPatient.register("cw-race");
    String base = "/cases/" + open(desk, patient.id(), "Race of status moves");
    long version = desk.get(base).json().getJsonNumber("version").longValue();
    List<Api> racers = List.of(desk, tablet);
    List<String> paths = List.of(base + "/hold", base + "/close");
    List<JsonObject> bodies =
        List.of(
            Json.createObjectBuilder().add("reason", "In hospital").add("version", version).build(),
            Json.createObjectBuilder()
                .add("outcome", "Moved away")
                .add("version", version)
                .build());

    List<Response> answers =
        Race.run(
            2,
            i -> assertThat(racers.get(i).get("/me").status()).isEqualTo(200),
            i -> racers.get(i).post(paths.get(i), bodies.get(i)));

    assertThat(answers)
        .as(answers.toString())
        .extracting(Response::status)
        .containsExactlyInAnyOrder(200, 409);
    Response winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
    Response loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
    Casework.assertProblem(loser, 409);
    String won = winner.json().getString("status");
    JsonObject now = desk.get(base).json();
    assertThat(now.getString("status")).isEqualTo(won).isIn("ON_HOLD", "CLOSED");
    assertThat(now.getJsonArray("history").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("to"))
        .containsExactly("OPEN", won);
    assertThat(now.getJsonNumber("version").longValue()).isEqualTo(version + 1);
    String action = "ON_HOLD".equals(won) ? "CASE_HOLD" : "CASE_CLOSE";
    String lost = "ON_HOLD".equals(won) ? "CASE_CLOSE" : "CASE_HOLD";
    assertThat(Api.auditEntries(manager.username(), action, "SUCCESS", patient.id())).hasSize(1);
    assertThat(Api.auditEntries(manager.username(), lost, "SUCCESS", patient.id())).isEmpty();
    assertThat(Api.auditEntries(manager.username(), lost, "FAILURE", patient.id())).hasSize(1);
  }
}
