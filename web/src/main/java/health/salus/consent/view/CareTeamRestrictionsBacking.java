package health.salus.consent.view;

import health.salus.consent.boundary.CareTeamRestrictionService;
import health.salus.consent.entity.CareTeamRestriction;
import health.salus.consent.entity.ConsentCategory;
import health.salus.shared.view.PageAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "What my care team can see", a section of the sharing page: a checkbox per category the patient
 * may keep from their care team. Saving sends what the patient changed since the page was shown
 * (restricted, lifted), so a change made meanwhile in another window stays.
 */
@Named
@ViewScoped
public class CareTeamRestrictionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String PAGE = "/account/sharing.xhtml";

  @Inject CareTeamRestrictionService restrictions;

  private List<String> shown = List.of();
  private List<String> kept = new ArrayList<>();

  @PostConstruct
  void load() {
    shown = restrictions.myRestrictions().categories().stream().map(Enum::name).toList();
    kept = new ArrayList<>(shown);
  }

  /** Keeps the ticked categories from the care team and lifts the unticked ones. */
  public void save() throws IOException {
    List<String> restrict = kept.stream().filter(c -> !shown.contains(c)).toList();
    List<String> lift = shown.stream().filter(c -> !kept.contains(c)).toList();
    PageAction.change(
        () -> restrictions.changeRestrictions(restrict, lift),
        "restrictions",
        PAGE,
        "consent.restriction.saved");
  }

  /** The categories a patient may keep from their care team, in their natural order. */
  public List<ConsentCategory> getChoices() {
    return Arrays.stream(ConsentCategory.values())
        .filter(CareTeamRestriction::restrictable)
        .toList();
  }

  public List<String> getKept() {
    return kept;
  }

  public void setKept(List<String> kept) {
    this.kept = kept == null ? new ArrayList<>() : new ArrayList<>(kept);
  }
}
