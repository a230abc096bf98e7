package health.salus.shared.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.List;

/**
 * One Chart.js line chart, as the JSON PrimeFaces' {@code p:chart} takes: the times along the
 * bottom, one line per series, limits as dashed lines, a range as a shaded band (the readings'
 * charts, the record's results). Built with Jakarta JSON Processing (the platform's) rather than a
 * chart model library: the one PrimeFaces points to, chartjs-java-model, is on Maven Central only
 * as 1.1.0 of 2023 and would bring Jackson into the WAR for a dozen fields.
 *
 * @param id the chart's id on the page
 * @param title its heading (also the canvas's label)
 * @param json the Chart.js configuration
 */
public record LineChart(String id, String title, String json) implements Serializable {

  /**
   * A line of the chart: a value per label (null where it has none).
   *
   * @param fill where the area from this line is shaded to, in Chart.js terms ({@code "+1"}: the
   *     next line, {@code "start"}: the bottom, {@code "end"}: the top); null: not shaded
   * @param shade the colour of the shaded area (translucent)
   */
  public record Series(
      String label, List<Double> values, String colour, boolean dashed, String fill, String shade) {

    public Series(String label, List<Double> values, String colour, boolean dashed) {
      this(label, values, colour, dashed, null, null);
    }
  }

  public static LineChart line(
      String id, String title, String axisTitle, List<String> labels, List<Series> series) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series line : series) {
      JsonArrayBuilder points = Json.createArrayBuilder();
      line.values().forEach(v -> points.add(v == null ? JsonValue.NULL : Json.createValue(v)));
      JsonObjectBuilder dataset =
          Json.createObjectBuilder()
              .add("label", line.label())
              .add("data", points)
              .add("borderColor", line.colour())
              .add("backgroundColor", line.fill() == null ? line.colour() : line.shade())
              .add("spanGaps", true)
              .add("tension", 0.2)
              .add("pointRadius", line.dashed() ? 0 : 3);
      if (line.fill() == null) {
        dataset.add("fill", false);
      } else {
        dataset.add("fill", line.fill());
      }
      if (line.dashed()) {
        dataset.add("borderDash", Json.createArrayBuilder().add(6).add(4));
      }
      datasets.add(dataset);
    }
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    String json =
        Json.createObjectBuilder()
            .add("type", "line")
            .add(
                "data",
                Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
            .add("options", options(yAxis(axisTitle)))
            .build()
            .toString();
    return new LineChart(id, title, json);
  }

  /** The options the pages' charts share: sized by their box, not animated, the y axis given. */
  public static JsonObjectBuilder options(JsonObjectBuilder yAxis) {
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("scales", Json.createObjectBuilder().add("y", yAxis));
  }

  /** A y axis with its title shown. */
  public static JsonObjectBuilder yAxis(String title) {
    return Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }
}
