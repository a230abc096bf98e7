package health.salus.casework.view;

import health.salus.casework.boundary.IntakeForm;
import health.salus.casework.boundary.IntakeService;
import health.salus.casework.boundary.IntakeView;
import health.salus.casework.entity.LivingSituation;
import health.salus.casework.entity.RiskLevel;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * The intake assessment section of the case page: the answers recorded, and while the case is in
 * INTAKE the case manager's form, filled with them, saved naming the version it was loaded at (a
 * stale one is refused, not overwritten).
 */
@Named
@ViewScoped
public class CaseIntakeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject IntakeService intakes;
  @Inject CaseBacking page;

  private String presentingNeeds;
  private LivingSituation livingSituation;
  private String supports;
  private RiskLevel riskLevel;
  private String risks;
  private String personGoals;
  private Boolean consentToShare;
  private Long version;

  /** Fills the form with the assessment recorded, if any (f:viewAction, after the case). */
  public void load() {
    IntakeView recorded = page.getView() == null ? null : page.getView().intake();
    if (recorded == null) {
      return;
    }
    presentingNeeds = recorded.presentingNeeds();
    livingSituation = recorded.livingSituation();
    supports = recorded.supports();
    riskLevel = recorded.riskLevel();
    risks = recorded.risks();
    personGoals = recorded.personGoals();
    consentToShare = recorded.consentToShare();
    version = recorded.version();
  }

  public void save() throws IOException {
    IntakeForm form =
        new IntakeForm(
            presentingNeeds,
            livingSituation,
            supports,
            riskLevel,
            risks,
            personGoals,
            consentToShare,
            version);
    PageAction.change(
        () -> intakes.record(page.getId(), form),
        "intake",
        page.target(),
        "casework.intake.recorded");
  }

  public LivingSituation[] getLivingSituations() {
    return LivingSituation.values();
  }

  public RiskLevel[] getRiskLevels() {
    return RiskLevel.values();
  }

  public String getPresentingNeeds() {
    return presentingNeeds;
  }

  public void setPresentingNeeds(String presentingNeeds) {
    this.presentingNeeds = presentingNeeds;
  }

  public LivingSituation getLivingSituation() {
    return livingSituation;
  }

  public void setLivingSituation(LivingSituation livingSituation) {
    this.livingSituation = livingSituation;
  }

  public String getSupports() {
    return supports;
  }

  public void setSupports(String supports) {
    this.supports = supports;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public void setRiskLevel(RiskLevel riskLevel) {
    this.riskLevel = riskLevel;
  }

  public String getRisks() {
    return risks;
  }

  public void setRisks(String risks) {
    this.risks = risks;
  }

  public String getPersonGoals() {
    return personGoals;
  }

  public void setPersonGoals(String personGoals) {
    this.personGoals = personGoals;
  }

  public Boolean getConsentToShare() {
    return consentToShare;
  }

  public void setConsentToShare(Boolean consentToShare) {
    this.consentToShare = consentToShare;
  }
}
