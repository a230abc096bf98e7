package health.salus.feedback.view;

import health.salus.shared.view.LineChart;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.List;

/**
 * One Chart.js bar chart for PrimeFaces' {@code p:chart}: a bar per group (a service, a site, a
 * practitioner) on a fixed scale from 0, with the options {@link LineChart} gives every chart.
 */
public record BarChart(String id, String title, String json) implements Serializable {

  public static BarChart of(
      String id,
      String title,
      String axisTitle,
      List<String> labels,
      List<Double> values,
      double max) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(v -> data.add(v == null ? JsonValue.NULL : Json.createValue(v)));
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", axisTitle)
                    .add("data", data)
                    .add("backgroundColor", "#1f6f8b"));
    String json =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
            .add(
                "options",
                LineChart.options(LineChart.yAxis(axisTitle).add("min", 0).add("max", max)))
            .build()
            .toString();
    return new BarChart(id, title, json);
  }
}
