package health.salus.casework;

import static health.salus.casework.Casework.created;
import static health.salus.casework.Casework.fields;
import static health.salus.casework.Casework.open;
import static health.salus.casework.Casework.task;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The caseload dashboard's figures over the API ({@code GET /cases/summary}): cases by status,
 * overdue tasks, reviews due within 14 days (not later ones, not those of closed cases) and budgets
 * at risk, for a case manager of their own.
 */
class CaseloadDashboardApiIT {

  private static final LocalDate TODAY = Casework.today();

  @Test
  void theSummaryCountsCasesOverdueTasksReviewsDueAndBudgetsAtRisk() {
    Credentials staff = Api.newStaff("cm-dash", "CASE_MANAGER");
    Api cm = Api.as(staff.username(), staff.password());
    long chronic = open(cm, TestPatient.register("dash-a").id(), "Heart failure follow-up");
    long held = open(cm, TestPatient.register("dash-b").id(), "COPD support");
    long closed = open(cm, TestPatient.register("dash-c").id(), "Short stay");
    created(cm, "/cases/" + chronic + "/tasks", task("Call the GP", TODAY.minusDays(2), null));
    created(cm, "/cases/" + chronic + "/tasks", task("Book the bloods", TODAY.plusDays(2), null));
    created(cm, "/cases/" + chronic + "/reviews", review(TODAY.plusDays(7)));
    created(cm, "/cases/" + chronic + "/reviews", review(TODAY.plusDays(40)));
    created(cm, "/cases/" + closed + "/reviews", review(TODAY.plusDays(3)));
    assertThat(cm.post("/cases/" + held + "/hold", fields("reason", "In hospital")).status())
        .isEqualTo(200);
    assertThat(cm.post("/cases/" + closed + "/close", fields("outcome", "Done")).status())
        .isEqualTo(200);
    Response ndis =
        cm.post("/cases", Casework.newCase(TestPatient.register("dash-d").id(), "NDIS", "Plan"));
    long ndisId = Casework.id(ndis);
    JsonObject plan =
        Json.createObjectBuilder()
            .add("startsOn", TODAY.minusDays(5).toString())
            .add("endsOn", TODAY.plusMonths(6).toString())
            .add(
                "categories",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "Core supports")
                            .add("budget", new BigDecimal("100.00"))))
            .build();
    JsonObject setUp = cm.post("/cases/" + ndisId + "/funding-plan", plan).json();
    long category =
        setUp.getJsonArray("categories").getJsonObject(0).getJsonNumber("id").longValue();
    Response spent =
        cm.post(
            "/cases/" + ndisId + "/funding-plan/deliveries",
            Json.createObjectBuilder()
                .add("categoryId", category)
                .add("deliveredOn", TODAY.toString())
                .add("description", "Support worker")
                .add("amount", new BigDecimal("85.00"))
                .add("provider", "Able Care")
                .build());
    assertThat(spent.status()).as(spent.toString()).isEqualTo(201);

    Response summary = cm.get("/cases/summary");

    assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
    JsonObject s = summary.json();
    JsonObject byStatus = s.getJsonObject("byStatus");
    assertThat(byStatus.getJsonNumber("OPEN").longValue()).isEqualTo(2);
    assertThat(byStatus.getJsonNumber("ON_HOLD").longValue()).isEqualTo(1);
    assertThat(byStatus.getJsonNumber("CLOSED").longValue()).isEqualTo(1);
    assertThat(byStatus.getJsonNumber("INTAKE").longValue()).isZero();
    assertThat(s.getJsonNumber("overdueTasks").longValue()).isEqualTo(1);
    assertThat(s.getJsonNumber("reviewsDue").longValue()).isEqualTo(1);
    assertThat(s.getJsonArray("budgetsAtRisk").getValuesAs(JsonObject.class))
        .extracting(r -> r.getJsonNumber("caseId").longValue())
        .containsExactly(ndisId);
  }

  private static JsonObject review(LocalDate dueOn) {
    return Json.createObjectBuilder().add("dueOn", dueOn.toString()).build();
  }
}
