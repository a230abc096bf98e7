package health.salus.home.view;

import health.salus.home.boundary.PatientHome;
import health.salus.home.boundary.PatientHomeService;
import health.salus.shared.view.RequestMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The patient's part of the home page: read once a request, in one boundary call. */
@Named
@ApplicationScoped
public class PatientHomeBacking {

  @Inject PatientHomeService home;

  public PatientHome getHome() {
    return RequestMemo.of("home.patient", home::tiles);
  }
}
