package health.salus.prescriptions.view;

import health.salus.prescriptions.boundary.RefillDecisionService;
import health.salus.prescriptions.entity.RefillStatus;
import health.salus.shared.view.RequestMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Refills on a clinician's home page: how many wait in their queue, asked once per request. (A
 * patient's recent decisions come with the rest of their home page:
 * home.boundary.PatientHomeService.)
 */
@Named
@ApplicationScoped
public class RefillNewsBacking {

  @Inject RefillDecisionService decisions;

  /** How many refill requests wait for the clinician's decision. */
  public long getWaiting() {
    return RequestMemo.of(
        "prescriptions.waiting",
        () -> decisions.requestsToDecide(RefillStatus.REQUESTED, 0, 1).total());
  }
}
