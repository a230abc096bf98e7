package health.salus.casework;

import static health.salus.casework.Casework.assertProblem;
import static health.salus.casework.Casework.id;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Race;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Funding plans through the API: the budget arithmetic in exact cents, the 80 % alert to the case
 * manager once per budget, a delivery beyond what is left refused unless allowed with a reason,
 * deliveries recorded at once never overspending, who may read and write, bad input, the budgets at
 * risk of the caseload, and the demo plan.
 */
class FundingPlanApiIT {

  private static final LocalDate TODAY = Casework.today();

  private static Credentials manager;
  private static Api cm;

  @BeforeAll
  static void caseManager() {
    manager = Api.newStaff("cm-fund", "CASE_MANAGER");
    cm = Api.as(manager.username(), manager.password());
  }

  private static long ndisCase(TestPatient patient) {
    Response created =
        cm.post(
            "/cases",
            Casework.newCase(patient.id(), "NDIS", "NDIS plan support for " + patient.username()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return id(created);
  }

  private static JsonObject plan(String... nameBudgets) {
    JsonArrayBuilder categories = Json.createArrayBuilder();
    for (int i = 0; i < nameBudgets.length; i += 2) {
      categories.add(
          Json.createObjectBuilder()
              .add("name", nameBudgets[i])
              .add("budget", new BigDecimal(nameBudgets[i + 1])));
    }
    return Json.createObjectBuilder()
        .add("startsOn", TODAY.minusMonths(1).toString())
        .add("endsOn", TODAY.plusMonths(11).toString())
        .add("categories", categories)
        .build();
  }

  /** A case with a plan of these categories: the plan as created. */
  private static JsonObject planned(TestPatient patient, String... nameBudgets) {
    long caseId = ndisCase(patient);
    Response created = cm.post("/cases/" + caseId + "/funding-plan", plan(nameBudgets));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static long caseOf(JsonObject plan) {
    return plan.getJsonNumber("caseId").longValue();
  }

  private static long category(JsonObject plan, String name) {
    return plan.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObjectBuilder delivery(long categoryId, String amount) {
    return Json.createObjectBuilder()
        .add("categoryId", categoryId)
        .add("deliveredOn", TODAY.toString())
        .add("description", "Support worker, 2 hours")
        .add("amount", new BigDecimal(amount))
        .add("provider", "Able Care");
  }

  private static Response deliver(Api who, JsonObject plan, JsonObjectBuilder delivery) {
    return who.post("/cases/" + caseOf(plan) + "/funding-plan/deliveries", delivery.build());
  }

  private static void delivered(JsonObject plan, String category, String amount) {
    Response answer = deliver(cm, plan, delivery(category(plan, category), amount));
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
  }

  private static JsonObject read(JsonObject plan) {
    Response read = cm.get("/cases/" + caseOf(plan) + "/funding-plan");
    assertThat(read.status()).as(read.toString()).isEqualTo(200);
    return read.json();
  }

  private static JsonObject categoryView(JsonObject plan, String name) {
    return plan.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal money(JsonObject object, String field) {
    return object.getJsonNumber(field).bigDecimalValue();
  }

  private static void assertMoney(JsonObject object, String field, String expected) {
    assertThat(money(object, field)).as(field).isEqualByComparingTo(expected);
  }

  private static long noticesTitled(Api who, String title) {
    return who.get("/me/notifications?size=100").items().stream()
        .filter(n -> n.getString("title").equals(title))
        .count();
  }

  @Test
  void theBudgetIsKeptInExactCents() {
    TestPatient patient = TestPatient.register("fund-cents");
    JsonObject plan = planned(patient, "Core supports", "1000.00", "Capital", "0.30");

    delivered(plan, "Capital", "0.10");
    delivered(plan, "Capital", "0.20");
    delivered(plan, "Core supports", "333.33");
    delivered(plan, "Core supports", "0.01");

    JsonObject read = read(plan);
    JsonObject capital = categoryView(read, "Capital");
    assertMoney(capital, "used", "0.30");
    assertMoney(capital, "remaining", "0.00");
    assertThat(capital.getInt("percentUsed")).isEqualTo(100);
    JsonObject core = categoryView(read, "Core supports");
    assertMoney(core, "used", "333.34");
    assertMoney(core, "remaining", "666.66");
    assertThat(core.getInt("percentUsed")).isEqualTo(33);
    assertMoney(read, "budget", "1000.30");
    assertMoney(read, "used", "333.64");
    assertMoney(read, "remaining", "666.66");
    assertThat(money(read, "remaining").scale()).isEqualTo(2);
    assertThat(read.getJsonArray("deliveries")).hasSize(4);
    // One cent more than is left is refused.
    Response tooMuch = deliver(cm, plan, delivery(category(plan, "Core supports"), "666.67"));
    assertProblem(tooMuch, 422);
  }

  @Test
  void theCaseManagerIsToldOnceWhenABudgetReaches80Percent() {
    TestPatient patient = TestPatient.register("fund-alert");
    JsonObject plan = planned(patient, "Therapy", "100.00", "Core supports", "900.00");
    String therapy = "Budget of " + patient.fullName() + ": Therapy is 80% used";
    String core = "Budget of " + patient.fullName() + ": Core supports is 80% used";
    String whole = "Budget of " + patient.fullName() + ": the whole plan is 80% used";

    delivered(plan, "Therapy", "79.99");
    assertThat(noticesTitled(cm, therapy)).as("79.99 of 100").isZero();
    assertThat(read(plan).getBoolean("atRisk")).isFalse();
    delivered(plan, "Therapy", "0.01");
    assertThat(noticesTitled(cm, therapy)).as("80.00 of 100").isEqualTo(1);
    assertThat(read(plan).getBoolean("atRisk")).isTrue();
    delivered(plan, "Therapy", "10.00");
    assertThat(noticesTitled(cm, therapy)).as("90.00 of 100, told already").isEqualTo(1);

    delivered(plan, "Core supports", "650.00"); // plan 740 of 1000
    assertThat(noticesTitled(cm, whole)).isZero();
    delivered(plan, "Core supports", "60.00"); // plan 800 of 1000, Core supports 710 of 900
    assertThat(noticesTitled(cm, whole)).as("the plan at 80 %").isEqualTo(1);
    assertThat(noticesTitled(cm, core)).as("Core supports at 78 %").isZero();
    delivered(plan, "Core supports", "10.00"); // Core supports 720 of 900
    delivered(plan, "Core supports", "10.00");
    assertThat(noticesTitled(cm, core)).isEqualTo(1);
    assertThat(noticesTitled(cm, whole)).isEqualTo(1);
    assertThat(noticesTitled(cm, therapy)).isEqualTo(1);

    JsonObject atRisk =
        cm
            .get("/cases/summary")
            .json()
            .getJsonArray("budgetsAtRisk")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getJsonNumber("caseId").longValue() == caseOf(plan))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not among the budgets at risk"));
    assertThat(atRisk.getInt("percentUsed")).isEqualTo(82);
    assertThat(atRisk.getJsonArray("categoriesAtRisk").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("Therapy", "Core supports");
  }

  @Test
  void aDeliveryBeyondWhatIsLeftIsRefusedUnlessAllowedWithAReason() {
    TestPatient patient = TestPatient.register("fund-over");
    JsonObject plan = planned(patient, "Capacity building", "100.00");
    long capacity = category(plan, "Capacity building");
    delivered(plan, "Capacity building", "60.00");

    Response refused = deliver(cm, plan, delivery(capacity, "50.00"));
    assertProblem(refused, 422);
    assertThat(refused.json().getString("detail")).contains("Capacity building", "40.00", "50.00");
    Response noReason = deliver(cm, plan, delivery(capacity, "50.00").add("overBudget", true));
    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(noReason.errorFields()).contains("overBudgetReason");
    Response reasonOnly =
        deliver(cm, plan, delivery(capacity, "50.00").add("overBudgetReason", "Agreed"));
    assertProblem(reasonOnly, 422);
    assertMoney(categoryView(read(plan), "Capacity building"), "used", "60.00");

    Response allowed =
        deliver(
            cm,
            plan,
            delivery(capacity, "50.00")
                .add("overBudget", true)
                .add("overBudgetReason", "Plan review agreed an extra session"));
    assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
    assertThat(allowed.json().getBoolean("overBudget")).isTrue();
    assertMoney(allowed.json(), "categoryRemaining", "-10.00");
    JsonObject read = read(plan);
    assertMoney(categoryView(read, "Capacity building"), "remaining", "-10.00");
    assertThat(
            read.getJsonArray("deliveries")
                .getValuesAs(JsonObject.class)
                .get(0)
                .getString("overBudgetReason"))
        .isEqualTo("Plan review agreed an extra session");
  }

  @Test
  void deliveriesRecordedAtOnceNeverOverspend() {
    TestPatient patient = TestPatient.register("fund-race");
    JsonObject plan = planned(patient, "Core supports", "100.00");
    long core = category(plan, "Core supports");
    List<Api> racers =
        List.of(
            Api.as(manager.username(), manager.password()),
            Api.as(manager.username(), manager.password()),
            Api.as(manager.username(), manager.password()),
            Api.as(manager.username(), manager.password()));

    List<Response> answers =
        Race.run(
            racers.size(),
            i -> assertThat(racers.get(i).get("/me").status()).isEqualTo(200),
            i -> deliver(racers.get(i), plan, delivery(core, "30.00")));

    assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(201, 201, 201, 422);
    JsonObject read = read(plan);
    assertMoney(categoryView(read, "Core supports"), "used", "90.00");
    assertMoney(read, "remaining", "10.00");
    assertThat(read.getJsonArray("deliveries")).hasSize(3);
  }

  @Test
  void thePatientReadsThePlanAndOthersDoNot() {
    TestPatient patient = TestPatient.register("fund-who");
    JsonObject plan = planned(patient, "Core supports", "500.00");
    String path = "/cases/" + caseOf(plan) + "/funding-plan";

    Response own = patient.api().get(path);
    assertThat(own.status()).as(own.toString()).isEqualTo(200);
    assertMoney(own.json(), "budget", "500.00");
    assertThat(TestPatient.register("fund-other").api().get(path).status()).isEqualTo(404);
    Credentials stranger = Api.newStaff("cm-stranger", "CASE_MANAGER");
    assertThat(Api.as(stranger.username(), stranger.password()).get(path).status()).isEqualTo(404);
    Response byPatient =
        patient
            .api()
            .post(path + "/deliveries", delivery(category(plan, "Core supports"), "5.00").build());
    assertThat(byPatient.status()).as(byPatient.toString()).isIn(403, 404);
    assertThat(Api.auditEntries(manager.username(), "FUNDING_PLAN_READ", "SUCCESS")).isNotEmpty();
  }

  @Test
  void badPlansAndDeliveriesAreRefused() {
    TestPatient patient = TestPatient.register("fund-bad");
    long caseId = ndisCase(patient);
    String path = "/cases/" + caseId + "/funding-plan";
    Response cents = cm.post(path, plan("Core supports", "10.005"));
    assertThat(cents.status()).as(cents.toString()).isEqualTo(400);
    assertThat(cents.errorFields()).contains("categories[0].budget");
    assertThat(cm.post(path, plan("Core supports", "-1.00")).status()).isEqualTo(400);
    assertThat(cm.post(path, plan()).status()).isEqualTo(400);
    assertThat(cm.post(path, plan("Core", "1.00", "core", "2.00")).status()).isEqualTo(400);
    assertThat(cm.get(path).status()).isEqualTo(404);
    Response created = cm.post(path, plan("Core supports", "10.00"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertProblem(cm.post(path, plan("Core supports", "10.00")), 409);

    JsonObject plan = created.json();
    long core = category(plan, "Core supports");
    Response outside =
        deliver(cm, plan, delivery(core, "1.00").add("deliveredOn", TODAY.plusYears(2).toString()));
    assertProblem(outside, 422);
    Response noProvider = deliver(cm, plan, delivery(core, "1.00").add("provider", " "));
    assertThat(noProvider.errorFields()).contains("provider");
    Response thirdDecimal = deliver(cm, plan, delivery(core, "1.001"));
    assertThat(thirdDecimal.errorFields()).contains("amount");

    long chronic = Casework.open(cm, patient.id(), "Chronic care, no funding plan");
    assertProblem(
        cm.post("/cases/" + chronic + "/funding-plan", plan("Core supports", "10.00")), 422);
  }

  @Test
  void theDemoPlanIsAtRiskForCmSmith() {
    Api smith = Api.demo("cm.smith");
    JsonObject atRisk =
        smith
            .get("/cases/summary")
            .json()
            .getJsonArray("budgetsAtRisk")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("patientName").startsWith("Alice"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("alice's plan is not at risk"));
    assertThat(atRisk.getJsonArray("categoriesAtRisk").getString(0)).isEqualTo("Core supports");
    JsonObject plan =
        smith.get("/cases/" + atRisk.getJsonNumber("caseId") + "/funding-plan").json();
    assertThat(categoryView(plan, "Core supports").getInt("percentUsed"))
        .isGreaterThanOrEqualTo(80);
  }
}
