package health.salus.scheduling.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Today's appointments on a staff home page: those shown (from an hour ago on, by start), and over
 * the whole day how many still hold their slot and how many of those patients have arrived.
 */
public record TodayList(List<AppointmentView> shown, long live, long arrived)
    implements Serializable {

  /** Whether more are live today than are shown. */
  public boolean more() {
    return live > shown.size();
  }
}
