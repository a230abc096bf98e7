package health.salus.education.view;

import health.salus.education.boundary.CatalogueService;
import health.salus.education.boundary.LearningService;
import health.salus.education.boundary.ProgrammeProgress;
import health.salus.education.boundary.ProgrammeSummary;
import health.salus.education.boundary.Recommendation;
import health.salus.shared.view.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The Learn page: for a patient their recommendations first (each with why), then their progress;
 * then every programme.
 */
@Named
@RequestScoped
public class LearnBacking {

  @Inject CatalogueService catalogue;
  @Inject LearningService learning;

  private List<Recommendation> recommendations = List.of();
  private List<ProgrammeProgress> progress = List.of();
  private List<ProgrammeSummary> programmes = List.of();

  /** Loads the page (view action). */
  public void load() {
    if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PATIENT")) {
      recommendations = catalogue.recommendations();
      progress = learning.progress();
    }
    programmes = catalogue.programmes(UserMessages.locale().toLanguageTag());
  }

  /** The reasons of a recommendation in the reader's words. */
  public String why(Recommendation r) {
    return Reasons.why(r.reasons());
  }

  public List<Recommendation> getRecommendations() {
    return recommendations;
  }

  public List<ProgrammeProgress> getProgress() {
    return progress;
  }

  public List<ProgrammeSummary> getProgrammes() {
    return programmes;
  }
}
