package health.salus.consent.view;

import health.salus.consent.boundary.EmergencyAccessService;
import health.salus.consent.boundary.EmergencyAccessView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The clinician's emergency accesses open now ({@code GET /me/emergency-accesses}), for their home
 * page; asked once per request.
 */
@Named
@RequestScoped
public class OpenEmergencyAccesses {

  @Inject EmergencyAccessService emergencies;

  private List<EmergencyAccessView> accesses;

  public List<EmergencyAccessView> getAccesses() {
    if (accesses == null) {
      accesses = emergencies.mine();
    }
    return accesses;
  }
}
