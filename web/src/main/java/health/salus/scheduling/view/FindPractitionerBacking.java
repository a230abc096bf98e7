package health.salus.scheduling.view;

import health.salus.community.boundary.ReviewRating;
import health.salus.community.boundary.ReviewService;
import health.salus.directory.boundary.DirectoryService;
import health.salus.directory.boundary.SiteView;
import health.salus.scheduling.boundary.BookablePractitioner;
import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.Page;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Finding a practitioner to book: by name, specialty, site and mode. The search is a plain GET form
 * (the filters are the page's parameters, so a search can be bookmarked, works without scripts, and
 * the page keeps nothing in the session); a site that is not a number answers 400 with a message,
 * as an unknown mode does.
 */
@Named
@RequestScoped
public class FindPractitionerBacking {

  /** The most practitioners one search shows; a narrower search finds the others. */
  static final int SHOWN = 20;

  @Inject BookingLookupService lookup;
  @Inject DirectoryService directory;
  @Inject ReviewService reviews;

  private Long patient;
  private String name;
  private String specialty;
  private String siteId;
  private String mode;
  private Page<BookablePractitioner> results = new Page<>(List.of(), 0, 0, SHOWN);
  private List<SiteView> sites = List.of();
  private Map<Long, ReviewRating> ratings = Map.of();

  /**
   * Shows the page (preRenderView): reads the search from the request's parameters, then the sites
   * for the filter and the practitioners the search asks for. A patient that is no number answers
   * the not-found page (the house rule for an id in a page's address); a site that is no number, or
   * an unknown mode, answers 400 with a message and no results.
   *
   * <p>Not view parameters and a view action: a page that declares {@code <f:metadata>} makes Faces
   * apply it and its template once more on every GET just to find them (see
   * shared.view.MetadataFreeViews).
   */
  public void show() throws IOException {
    Map<String, String> asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if (!SchedulingPages.readPatient(id -> patient = id)) {
      return;
    }
    name = asked.get("name");
    specialty = asked.get("specialty");
    siteId = asked.get("siteId");
    mode = asked.get("mode");
    load();
  }

  private void load() {
    sites = directory.sites();
    Long site;
    try {
      site = siteId == null || siteId.isBlank() ? null : Long.valueOf(siteId.trim());
    } catch (NumberFormatException notANumber) {
      refuse(new InvalidInputException("siteId", "find.badSite"));
      return;
    }
    try {
      results = lookup.practitioners(name, specialty, site, mode, 0, SHOWN);
      rate();
    } catch (Refusal refused) {
      refuse(refused);
    }
  }

  private static void refuse(Refusal refused) {
    PageMessages.show(refused, null);
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
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

  public String getName() {
    return name;
  }

  public String getSpecialty() {
    return specialty;
  }

  public String getSiteId() {
    return siteId;
  }

  /** Whether the site is the one the search asked for (the filter's selected option). */
  public boolean isChosen(SiteView site) {
    return String.valueOf(site.id()).equals(siteId);
  }

  public String getMode() {
    return mode;
  }
}
