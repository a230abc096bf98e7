package health.salus.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Deployments;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Escalation of overdue complaints: the demo complaint taken a week ago and never acknowledged is
 * marked overdue once, however often the check runs (here, the test deployment's and the
 * application's timers and two explicit runs), and each member of staff is told once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintEscalationIT {

  @Test
  void anOverdueComplaintIsEscalatedOnceAndStaffAreToldOnce() {
    Api desk = Api.demo("desk.jones");
    JsonObject overdue =
        desk.get("/complaints?status=RECEIVED&size=200").items().stream()
            .filter(c -> c.getBoolean("acknowledgementOverdue"))
            .filter(c -> c.getString("patientName").equals("Tom Okoro"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no overdue demo complaint"));
    long id = overdue.getJsonNumber("id").longValue();

    Deployments.callTestResource("POST", "/test/complaint-escalation");
    Deployments.callTestResource("POST", "/test/complaint-escalation");

    JsonObject complaint = desk.get("/complaints/" + id).json();
    assertThat(complaint.getJsonArray("history").getValuesAs(JsonObject.class))
        .filteredOn(s -> s.getString("action").equals("ACK_OVERDUE"))
        .hasSize(1);
    assertThat(complaint.getString("status")).isEqualTo("RECEIVED");
    // The notice is in the reader's language when it is sent: the accessibility sweep reads every
    // demo account's pages in Chinese for a while (its language switch sets the profile), and the
    // server's own 5-minute round may escalate the demo complaint in that while.
    Set<String> titles =
        Set.of("Complaint " + id + " is overdue for acknowledgement", "投诉 " + id + " 已超过确认期限");
    // That round may also have escalated it long before this test ran, its notices since buried
    // under newer ones: every page of each inbox is read.
    for (String staff : List.of("desk.jones", "admin")) {
      assertThat(noticesTitled(staff, titles)).as(staff).isEqualTo(1);
    }
    assertThat(Api.demo("bob").get("/me/notifications?size=100").items())
        .noneMatch(n -> titles.contains(n.getString("title")));
  }

  /** The notices of this user's whole inbox with one of these titles (one text, two languages). */
  private static long noticesTitled(String username, Set<String> titles) {
    long found = 0;
    for (int page = 0; page < 100; page++) {
      List<JsonObject> items =
          Api.demo(username).get("/me/notifications?size=100&page=" + page).items();
      found += items.stream().filter(n -> titles.contains(n.getString("title"))).count();
      if (items.size() < 100) {
        break;
      }
    }
    return found;
  }
}
