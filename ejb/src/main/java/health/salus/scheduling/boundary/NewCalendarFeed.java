package health.salus.scheduling.boundary;

/** A freshly created feed's secret token, shown to the patient once and never again. */
public record NewCalendarFeed(String token) {

  /** The feed's path below the API root ({@code /api/v1}). */
  public String path() {
    return "calendar-feeds/" + token + ".ics";
  }
}
