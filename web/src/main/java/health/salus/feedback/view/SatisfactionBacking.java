package health.salus.feedback.view;

import health.salus.feedback.boundary.SatisfactionService;
import health.salus.feedback.boundary.SatisfactionTrends;
import health.salus.feedback.boundary.SatisfactionTrends.Figure;
import health.salus.shared.view.LineChart;
import health.salus.shared.view.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Satisfaction for staff: the average rating by month (a line), by service, site and practitioner
 * (bars), each also as a table, and the Net Promoter Score.
 */
@Named
@ViewScoped
public class SatisfactionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SatisfactionService satisfaction;

  private SatisfactionTrends trends;
  private LineChart byMonth;
  private List<BarChart> groups = List.of();

  /** Loads the figures and builds the charts (f:viewAction). */
  public void load() {
    trends = satisfaction.trends(12);
    String axis = UserMessages.text("feedback.satisfaction.axis");
    byMonth =
        LineChart.line(
            "chart-month",
            UserMessages.text("feedback.satisfaction.byMonth"),
            axis,
            trends.byMonth().stream().map(Figure::group).toList(),
            List.of(
                new LineChart.Series(
                    axis,
                    trends.byMonth().stream().map(Figure::average).toList(),
                    "#1f6f8b",
                    false)));
    groups =
        List.of(
            bar(
                "chart-service",
                UserMessages.text("feedback.satisfaction.byService"),
                axis,
                trends.byService()),
            bar(
                "chart-site",
                UserMessages.text("feedback.satisfaction.bySite"),
                axis,
                trends.bySite()),
            bar(
                "chart-practitioner",
                UserMessages.text("feedback.satisfaction.byPractitioner"),
                axis,
                trends.byPractitioner()));
  }

  private static BarChart bar(String id, String title, String axis, List<Figure> figures) {
    return BarChart.of(
        id,
        title,
        axis,
        figures.stream().map(Figure::group).toList(),
        figures.stream().map(Figure::average).toList(),
        5);
  }

  public SatisfactionTrends getTrends() {
    return trends;
  }

  public LineChart getByMonth() {
    return byMonth;
  }

  public List<BarChart> getGroups() {
    return groups;
  }
}
