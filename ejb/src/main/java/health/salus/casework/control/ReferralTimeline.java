package health.salus.casework.control;

import health.salus.casework.entity.ReferralStatus;
import health.salus.timeline.boundary.TableSource;
import health.salus.timeline.boundary.TimelineEvent;
import health.salus.timeline.boundary.TimelineQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The referrals of the patient's cases on the timeline, when sent, with the service and how far
 * they went; each links to its case.
 */
@ApplicationScoped
public class ReferralTimeline extends TableSource {

  private static final Table TABLE =
      new Table(
          "REFERRAL",
          null,
          "casework.referral",
          "e.id, e.sentAt, c.id, e.toService, e.status",
          "Referral e JOIN e.careCase c",
          "e.patientId",
          "e.sentAt");

  @Override
  protected Table table() {
    return TABLE;
  }

  @Override
  protected TimelineEvent event(Object[] row, TimelineQuery query) {
    String status = CaseStatusTimeline.words(((ReferralStatus) row[4]).name());
    return event(
        (Instant) row[1],
        (Long) row[0],
        "Referral to " + row[3] + " (" + status + ")",
        "CareCase",
        (Long) row[2]);
  }
}
