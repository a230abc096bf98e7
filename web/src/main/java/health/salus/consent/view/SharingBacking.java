package health.salus.consent.view;

import health.salus.consent.boundary.ConsentGrantView;
import health.salus.consent.boundary.ConsentService;
import health.salus.consent.boundary.NewConsentGrant;
import health.salus.consent.entity.ConsentCategory;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.TimeDisplay;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Who can see my record": the patient's grants with their status, a form to grant a person parts
 * of the record until the end of a day (in the patient's time zone) and, optionally, acting for
 * them, and revoking a grant.
 */
@Named
@ViewScoped
public class SharingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String PAGE = "/account/sharing.xhtml";

  /** The service's fields and the inputs that show them. */
  private static final Map<String, String> INPUTS =
      Map.of("granteeUsername", "grantee", "validUntil", "until");

  @Inject ConsentService consent;
  @Inject TimeDisplay time;

  private List<ConsentGrantView> grants = List.of();
  private String grantee;
  private List<String> categories = new ArrayList<>();
  private LocalDate until;
  private boolean actFor;

  @PostConstruct
  void load() {
    grants = consent.myGrants();
  }

  /** Grants the person the chosen parts until the end of the chosen day. */
  public void grant() throws IOException {
    // The last second of the day, so the list shows that day (not the next midnight) as the end.
    Instant end =
        until == null
            ? null
            : until.plusDays(1).atStartOfDay(time.zone()).toInstant().minusSeconds(1);
    NewConsentGrant input = new NewConsentGrant(grantee, List.copyOf(categories), end, actFor);
    PageAction.change(
        () -> consent.grantAccess(input), "grant", INPUTS, PAGE, "carer.sharing.granted", grantee);
  }

  /** Revokes one of the patient's grants at once. */
  public void revoke(ConsentGrantView grant) throws IOException {
    PageAction.change(
        () -> consent.revokeAccess(grant.id()),
        "grants",
        PAGE,
        "carer.sharing.revoked",
        grant.granteeUsername());
  }

  /** The parts of the record a patient may share, in their natural order. */
  public ConsentCategory[] getCategoryChoices() {
    return ConsentCategory.values();
  }

  public List<ConsentGrantView> getGrants() {
    return grants;
  }

  public String getGrantee() {
    return grantee;
  }

  public void setGrantee(String grantee) {
    this.grantee = grantee;
  }

  public List<String> getCategories() {
    return categories;
  }

  public void setCategories(List<String> categories) {
    this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }

  public boolean isActFor() {
    return actFor;
  }

  public void setActFor(boolean actFor) {
    this.actFor = actFor;
  }
}
