package health.salus.feedback.control;

import health.salus.feedback.boundary.SatisfactionTrends;
import health.salus.feedback.boundary.SatisfactionTrends.Figure;
import health.salus.feedback.boundary.SatisfactionTrends.Nps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The satisfaction figures over whole months in the provider's zone, this one included: every month
 * of the span (those without ratings too, so a chart shows the gap), the groups that have ratings,
 * and the Net Promoter Score of the same span.
 */
@Dependent
public class SatisfactionFigures {

  @Inject FeedbackRepository repository;
  @Inject SlaSettings settings;
  @Inject Clock clock;

  public SatisfactionTrends trends(int months) {
    ZoneId zone = settings.clock().zone();
    YearMonth first = YearMonth.now(clock.withZone(zone)).minusMonths(months - 1L);
    Instant since = first.atDay(1).atStartOfDay(zone).toInstant();
    return new SatisfactionTrends(
        months,
        byMonth(first, months, since, zone),
        groups(repository.ratingsBy("p.specialty", since)),
        groups(repository.ratingsBy("s.name", since)),
        groups(repository.ratingsBy("a.fullName", since)),
        Nps.of(
            repository.countNps(since, 9, 10),
            repository.countNps(since, 7, 8),
            repository.countNps(since, 0, 6)));
  }

  private List<Figure> byMonth(YearMonth first, int months, Instant since, ZoneId zone) {
    Map<YearMonth, long[]> sums = new LinkedHashMap<>();
    for (int m = 0; m < months; m++) {
      sums.put(first.plusMonths(m), new long[2]);
    }
    for (Object[] row : repository.ratingsSince(since)) {
      YearMonth month = YearMonth.from(((Instant) row[0]).atZone(zone));
      long[] sum = sums.get(month);
      if (sum != null) {
        sum[0]++;
        sum[1] += ((Number) row[1]).longValue();
      }
    }
    List<Figure> figures = new ArrayList<>();
    sums.forEach(
        (month, sum) ->
            figures.add(
                new Figure(month.toString(), sum[0], sum[0] == 0 ? null : round(sum[1], sum[0]))));
    return figures;
  }

  private static List<Figure> groups(List<Object[]> rows) {
    return rows.stream()
        .map(
            row ->
                new Figure(
                    row[0] == null ? "" : row[0].toString(),
                    ((Number) row[1]).longValue(),
                    row[2] == null
                        ? null
                        : Math.round(((Number) row[2]).doubleValue() * 100) / 100.0))
        .toList();
  }

  private static double round(long sum, long count) {
    return Math.round(100.0 * sum / count) / 100.0;
  }
}
