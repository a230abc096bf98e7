package health.salus.identity.view;

import health.salus.identity.boundary.CaredForPerson;
import health.salus.identity.boundary.IdentityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The people a carer looks after, for the carer's home page; asked once per request. */
@Named
@RequestScoped
public class CaredForBacking {

  @Inject IdentityService identity;

  private List<CaredForPerson> people;

  public List<CaredForPerson> getPeople() {
    if (people == null) {
      people = identity.caredFor();
    }
    return people;
  }
}
