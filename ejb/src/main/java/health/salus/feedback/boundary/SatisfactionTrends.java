package health.salus.feedback.boundary;

import java.util.List;

/**
 * Satisfaction for staff: the ratings of the last {@code months} months by month, by service (the
 * practitioner's specialty), by site and by practitioner, and the Net Promoter Score over the same
 * months.
 */
public record SatisfactionTrends(
    int months,
    List<Figure> byMonth,
    List<Figure> byService,
    List<Figure> bySite,
    List<Figure> byPractitioner,
    Nps nps) {

  /** The ratings of one group: how many and their mean (null when none). */
  public record Figure(String group, long ratings, Double average) {}

  /**
   * The Net Promoter Score: promoters (9, 10) less detractors (0 to 6), as a share of the answers,
   * from -100 to 100 (null without answers).
   */
  public record Nps(long answers, long promoters, long passives, long detractors, Integer score) {

    public static Nps of(long promoters, long passives, long detractors) {
      long answers = promoters + passives + detractors;
      Integer score =
          answers == 0 ? null : (int) Math.round(100.0 * (promoters - detractors) / answers);
      return new Nps(answers, promoters, passives, detractors, score);
    }
  }
}
