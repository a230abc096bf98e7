package health.salus.feedback.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.List;

/**
 * One Chart.js bar chart for PrimeFaces' {@code p:chart}: a bar per group (a service, a site, a
 * practitioner) on a fixed scale, as {@link health.salus.shared.view.LineChart} does for lines.
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
    String json =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labelArray)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", axisTitle)
                                    .add("data", data)
                                    .add("backgroundColor", "#1f6f8b"))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add(
                                "y",
                                Json.createObjectBuilder()
                                    .add("min", 0)
                                    .add("max", max)
                                    .add(
                                        "title",
                                        Json.createObjectBuilder()
                                            .add("display", true)
                                            .add("text", axisTitle)))))
            .build()
            .toString();
    return new BarChart(id, title, json);
  }
}
