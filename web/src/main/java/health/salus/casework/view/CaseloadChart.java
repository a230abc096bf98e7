package health.salus.casework.view;

import health.salus.shared.view.LineChart;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;

/**
 * One Chart.js bar chart of counts on the caseload dashboard for PrimeFaces' {@code p:chart}: a bar
 * per label (a status, a kind of work due), whole numbers from 0, with the options every chart of
 * the pages shares. The list beside it says the same in words.
 */
public record CaseloadChart(String id, String title, String json) implements Serializable {

  static CaseloadChart of(
      String id, String title, String axisTitle, List<String> labels, List<Long> counts) {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonArrayBuilder data = Json.createArrayBuilder();
    counts.forEach(data::add);
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
                LineChart.options(
                    LineChart.yAxis(axisTitle)
                        .add("min", 0)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))))
            .build()
            .toString();
    return new CaseloadChart(id, title, json);
  }
}
