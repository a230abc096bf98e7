package health.salus.records.view;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.records.boundary.ObservationView;
import health.salus.records.entity.ObservationFlag;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestResultsTest {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  private static ObservationView result(
      String name, String value, String low, String high, ObservationFlag flag, String at) {
    return new ObservationView(
        1,
        7,
        name,
        null,
        new BigDecimal(value),
        "%",
        low == null ? null : new BigDecimal(low),
        high == null ? null : new BigDecimal(high),
        flag,
        Instant.parse(at),
        null,
        1,
        null,
        true,
        "Dr Chen",
        Instant.parse(at),
        null);
  }

  private static List<TestResults> of(ObservationView... results) {
    return TestResults.of(
        List.of(results), SYDNEY, DateTimeFormatter.ofPattern("yyyy-MM-dd"), key -> key);
  }

  private static JsonArray datasets(TestResults test) {
    JsonObject chart = Json.createReader(new StringReader(test.chart().json())).readObject();
    return chart.getJsonObject("data").getJsonArray("datasets");
  }

  @Test
  void groupsByTestTheLatestFirstAndChartsOverTimeWithTheRangeAsABand() {
    List<TestResults> tests =
        of(
            result("HbA1c", "7.6", "4", "6", ObservationFlag.HIGH, "2026-01-10T00:00:00Z"),
            result("eGFR", "58", "60", null, ObservationFlag.LOW, "2026-04-10T00:00:00Z"),
            result("HbA1c", "6.7", "4", "6", ObservationFlag.HIGH, "2026-10-10T00:00:00Z"));

    assertThat(tests).extracting(TestResults::name).containsExactly("HbA1c", "eGFR");
    TestResults hba1c = tests.get(0);
    assertThat(hba1c.latest().value()).isEqualByComparingTo("6.7");
    JsonObject chart = Json.createReader(new StringReader(hba1c.chart().json())).readObject();
    assertThat(chart.getJsonObject("data").getJsonArray("labels").getValuesAs(Object::toString))
        .containsExactly("\"2026-01-10\"", "\"2026-10-10\"");
    JsonArray datasets = datasets(hba1c);
    assertThat(datasets).hasSize(3);
    assertThat(datasets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).doubleValue())
        .isEqualTo(7.6);
    JsonObject low = datasets.getJsonObject(1);
    assertThat(low.getString("label")).isEqualTo("record.chart.rangeLow");
    assertThat(low.getString("fill")).isEqualTo("+1");
    assertThat(low.getString("backgroundColor")).isEqualTo(TestResults.RANGE_SHADE);
    assertThat(low.getJsonArray("data").getJsonNumber(1).doubleValue()).isEqualTo(4.0);
    assertThat(datasets.getJsonObject(2).getBoolean("fill")).isFalse();
    assertThat(datasets.getJsonObject(2).getJsonArray("data").getJsonNumber(0).doubleValue())
        .isEqualTo(6.0);
  }

  @Test
  void aLowBoundAloneShadesUpwardsAHighBoundAloneDownwardsNoneNothing() {
    JsonArray lowOnly =
        datasets(
            of(result("eGFR", "58", "60", null, ObservationFlag.LOW, "2026-01-10T00:00:00Z"))
                .get(0));
    assertThat(lowOnly).hasSize(2);
    assertThat(lowOnly.getJsonObject(1).getString("fill")).isEqualTo("end");

    JsonArray highOnly =
        datasets(
            of(result("Chol", "4.6", null, "5.5", ObservationFlag.NORMAL, "2026-01-10T00:00:00Z"))
                .get(0));
    assertThat(highOnly.getJsonObject(1).getString("fill")).isEqualTo("start");

    assertThat(datasets(of(result("X", "1", null, null, null, "2026-01-10T00:00:00Z")).get(0)))
        .hasSize(1);
  }
}
