package health.salus.prescriptions.view;

import health.salus.prescriptions.boundary.PrescriptionService;
import health.salus.prescriptions.boundary.RefillDecisionService;
import health.salus.prescriptions.boundary.RefillRequestView;
import health.salus.prescriptions.entity.RefillStatus;
import health.salus.shared.view.RequestMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Refills on the home pages: for a patient their latest requests decided in the last two weeks
 * (ready or refused), for a clinician how many wait in their queue. Each asked once per request.
 */
@Named
@ApplicationScoped
public class RefillNewsBacking {

  static final int LATEST = 3;
  static final Duration RECENT = Duration.ofDays(14);

  @Inject PrescriptionService prescriptions;
  @Inject RefillDecisionService decisions;
  @Inject Clock clock;

  /** The patient's latest requests decided lately, newest first. */
  public List<RefillRequestView> getDecided() {
    return RequestMemo.of(
        "prescriptions.decided",
        () -> prescriptions.myRecentDecisions(clock.instant().minus(RECENT), LATEST));
  }

  /** How many refill requests wait for the clinician's decision. */
  public long getWaiting() {
    return RequestMemo.of(
        "prescriptions.waiting",
        () -> decisions.requestsToDecide(RefillStatus.REQUESTED, 0, 1).total());
  }
}
