package health.salus.casework.entity;

import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The structured intake assessment of a case that starts from a referral: the person's presenting
 * needs, living situation, supports in place, risk level (MEDIUM and HIGH say which risks), the
 * person's own goals and whether they consent to share their information with the services the case
 * refers them to. One per case; recorded and {@link #revise revised} only while the case is in
 * INTAKE (422 after), each revision bumping the version; a case leaves INTAKE only once it is
 * recorded.
 */
@Entity
@Table(name = "case_intake")
public class IntakeAssessment {

  /** The longest text answer. */
  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(name = "presenting_needs", nullable = false)
  private String presentingNeeds;

  @Enumerated(EnumType.STRING)
  @Column(name = "living_situation", nullable = false)
  private LivingSituation livingSituation;

  private String supports;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level", nullable = false)
  private RiskLevel riskLevel;

  private String risks;

  @Column(name = "person_goals", nullable = false)
  private String personGoals;

  @Column(name = "consent_to_share", nullable = false)
  private boolean consentToShare;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessed_by")
  private UserAccount assessedBy;

  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  @Version private long version;

  protected IntakeAssessment() {}

  /** The first assessment of a case in INTAKE (else 422); the answers as {@link #revise}. */
  public IntakeAssessment(CareCase careCase, Answers answers, UserAccount by, Instant at) {
    this.careCase = careCase;
    revise(answers, by, at);
  }

  /**
   * Replaces the answers, while the case is in INTAKE (else 422). Presenting needs, living
   * situation, risk level, the person's goals and the consent answer are required (400); the risks
   * too when the level is MEDIUM or HIGH.
   */
  public void revise(Answers answers, UserAccount by, Instant at) {
    if (careCase.getStatus() != CaseStatus.INTAKE) {
      throw Refusal.rule("casework.intake.locked");
    }
    String needs = Texts.required("presentingNeeds", answers.presentingNeeds(), TEXT_MAX);
    if (answers.livingSituation() == null) {
      throw Refusal.invalid("livingSituation", "casework.livingSituation.required");
    }
    String supportsText = Texts.optional("supports", answers.supports(), TEXT_MAX);
    if (answers.riskLevel() == null) {
      throw Refusal.invalid("riskLevel", "casework.riskLevel.required");
    }
    String risksText =
        answers.riskLevel().needsDescription()
            ? Texts.required("risks", answers.risks(), TEXT_MAX)
            : Texts.optional("risks", answers.risks(), TEXT_MAX);
    String goals = Texts.required("personGoals", answers.personGoals(), TEXT_MAX);
    if (answers.consentToShare() == null) {
      throw Refusal.invalid("consentToShare", "casework.consentToShare.required");
    }
    this.presentingNeeds = needs;
    this.livingSituation = answers.livingSituation();
    this.supports = supportsText;
    this.riskLevel = answers.riskLevel();
    this.risks = risksText;
    this.personGoals = goals;
    this.consentToShare = answers.consentToShare();
    this.assessedBy = by;
    this.assessedAt = at;
  }

  /** The answers of an intake assessment, as entered. */
  public record Answers(
      String presentingNeeds,
      LivingSituation livingSituation,
      String supports,
      RiskLevel riskLevel,
      String risks,
      String personGoals,
      Boolean consentToShare) {}

  public Long getId() {
    return id;
  }

  public CareCase getCareCase() {
    return careCase;
  }

  public String getPresentingNeeds() {
    return presentingNeeds;
  }

  public LivingSituation getLivingSituation() {
    return livingSituation;
  }

  public String getSupports() {
    return supports;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public String getRisks() {
    return risks;
  }

  public String getPersonGoals() {
    return personGoals;
  }

  public boolean isConsentToShare() {
    return consentToShare;
  }

  public UserAccount getAssessedBy() {
    return assessedBy;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public long getVersion() {
    return version;
  }
}
