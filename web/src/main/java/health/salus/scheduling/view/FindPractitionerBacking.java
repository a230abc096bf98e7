package health.salus.scheduling.view;

import health.salus.community.boundary.ReviewRating;
import health.salus.community.boundary.ReviewService;
import health.salus.directory.boundary.DirectoryService;
import health.salus.directory.boundary.SiteView;
import health.salus.scheduling.boundary.BookablePractitioner;
import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.shared.boundary.Page;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Finding a practitioner to book: by name, specialty, site and mode. */
@Named
@ViewScoped
public class FindPractitionerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most practitioners one search shows; a narrower search finds the others. */
  static final int SHOWN = 20;

  @Inject BookingLookupService lookup;
  @Inject DirectoryService directory;
  @Inject ReviewService reviews;

  private Long patient;
  private String name;
  private String specialty;
  private Long siteId;
  private String mode;
  private Page<BookablePractitioner> results = new Page<>(List.of(), 0, 0, SHOWN);
  private List<SiteView> sites = List.of();
  private Map<Long, ReviewRating> ratings = Map.of();

  @PostConstruct
  void load() {
    sites = directory.sites();
    results = lookup.practitioners(null, null, null, null, 0, SHOWN);
    rate();
  }

  /** The shown practitioners' review averages and counts: one query for the page. */
  private void rate() {
    ratings =
        Map.copyOf(
            reviews.practitionerRatings(
                results.items().stream().map(BookablePractitioner::id).toList()));
  }

  /** A shown practitioner's review average and count. */
  public ReviewRating rating(BookablePractitioner p) {
    return ratings.getOrDefault(p.id(), ReviewRating.NONE);
  }

  public void search() {
    try {
      results = lookup.practitioners(name, specialty, siteId, mode, 0, SHOWN);
      rate();
    } catch (Refusal refused) {
      PageMessages.show(refused, "search");
    }
  }

  /** The organisation's sites, for the filter. */
  public List<SiteView> getSites() {
    return sites;
  }

  public String bookingQuery(BookablePractitioner p) {
    return "practitioner="
        + p.id()
        + (mode == null || mode.isBlank() ? "" : "&mode=" + mode)
        + SchedulingPages.patientParameter(patient, '&');
  }

  public List<BookablePractitioner> getResults() {
    return results.items();
  }

  /** How many practitioners match the search, shown or not. */
  public long getTotal() {
    return results.total();
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
