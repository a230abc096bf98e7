package health.salus.consent.view;

import health.salus.consent.boundary.ConsentService;
import health.salus.consent.boundary.RepresentedPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The people whose active grants name the signed-in user ({@code GET /me/represented}), asked once
 * per request: a grant revoked or ended drops out on the next page.
 */
@Named
@RequestScoped
public class RepresentedPeople {

  @Inject ConsentService consent;

  private List<RepresentedPerson> people;

  public List<RepresentedPerson> getPeople() {
    if (people == null) {
      people = consent.represented();
    }
    return people;
  }

  /** The person with this patient id among them, if their grant is active now. */
  public Optional<RepresentedPerson> byId(Long patientId) {
    return patientId == null
        ? Optional.empty()
        : getPeople().stream().filter(p -> p.patientId() == patientId).findFirst();
  }
}
