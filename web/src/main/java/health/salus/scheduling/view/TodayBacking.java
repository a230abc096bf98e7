package health.salus.scheduling.view;

import health.salus.scheduling.boundary.SchedulingHome;
import health.salus.scheduling.boundary.TodayList;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Today's appointments on a staff home page: a clinician's own, the whole practice for the front
 * desk (scheduling decides which). At most {@link #SHOWN}; the diary has the rest.
 */
@Named
@RequestScoped
public class TodayBacking {

  static final int SHOWN = 15;

  @Inject SchedulingHome scheduling;
  @Inject ScheduleDisplay display;

  private TodayList today;

  public TodayList getToday() {
    if (today == null) {
      today = scheduling.today(display.zone(), SHOWN);
    }
    return today;
  }
}
