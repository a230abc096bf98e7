package health.salus.scheduling.view;

import health.salus.scheduling.boundary.BookablePractitioner;
import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Finding a practitioner to book: by name, specialty, site and mode. */
@Named
@ViewScoped
public class FindPractitionerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BookingLookupService lookup;

  private Long patient;
  private String name;
  private String specialty;
  private Long siteId;
  private String mode;
  private List<BookablePractitioner> results = List.of();
  private List<BookablePractitioner> all = List.of();

  @PostConstruct
  void load() {
    all = lookup.practitioners(null, null, null, null);
    results = all;
  }

  public void search() {
    try {
      results = lookup.practitioners(name, specialty, siteId, mode);
    } catch (Refusal refused) {
      PageMessages.show(refused, "search");
    }
  }

  /** The sites practitioners work at, for the filter. */
  public List<BookablePractitioner> getSites() {
    return all.stream()
        .filter(p -> p.siteId() != null)
        .collect(
            java.util.stream.Collectors.toMap(
                BookablePractitioner::siteId, p -> p, (a, b) -> a, java.util.TreeMap::new))
        .values()
        .stream()
        .toList();
  }

  public String bookingQuery(BookablePractitioner p) {
    return "practitioner="
        + p.id()
        + (mode == null || mode.isBlank() ? "" : "&mode=" + mode)
        + SchedulingPages.patientParameter(patient, '&');
  }

  public List<BookablePractitioner> getResults() {
    return results;
  }

  public Long getPatient() {
    return patient;
  }

  public void setPatient(Long patient) {
    this.patient = patient;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSpecialty() {
    return specialty;
  }

  public void setSpecialty(String specialty) {
    this.specialty = specialty;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }
}
