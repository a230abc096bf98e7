package health.salus.casework.view;

import health.salus.casework.boundary.FundingPlanView;
import health.salus.shared.view.LineChart;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js model of a funding plan for PrimeFaces' {@code p:chart}: one stacked bar per budget
 * category, what is used and what is left (never below zero), in dollars. The table beside it says
 * the same in words.
 */
final class BudgetChart {

  private BudgetChart() {}

  static String json(FundingPlanView plan, String usedLabel, String leftLabel, String axisTitle) {
    List<FundingPlanView.CategoryView> categories = plan.categories();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    categories.forEach(c -> labels.add(c.name()));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(usedLabel, "#1f6f8b", categories, c -> c.used()))
            .add(
                dataset(leftLabel, "#9cc9d9", categories, c -> c.remaining().max(BigDecimal.ZERO)));
    JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("x", stacked)
            .add("y", LineChart.yAxis(axisTitle).add("stacked", true).add("min", 0));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", LineChart.options(Json.createObjectBuilder()).add("scales", scales))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(
      String label,
      String colour,
      List<FundingPlanView.CategoryView> categories,
      Function<FundingPlanView.CategoryView, BigDecimal> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    categories.forEach(c -> data.add(value.apply(c)));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }
}
