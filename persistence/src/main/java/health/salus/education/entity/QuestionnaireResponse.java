package health.salus.education.entity;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A questionnaire a patient answered: for now the literacy screen ({@link #LITERACY_SCREEN}), its
 * answers and its result. Never changed: a new screen is a new response, and the latest counts.
 */
@Entity
@Table(name = "questionnaire_response")
public class QuestionnaireResponse {

  public static final String LITERACY_SCREEN = "LITERACY_SCREEN";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Column(nullable = false, length = 40)
  private String questionnaire;

  @Column(name = "help_reading")
  private Integer helpReading;

  @Enumerated(EnumType.STRING)
  @Column(name = "confident_with_forms")
  private FormsConfidence confidentWithForms;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LiteracyLevel result;

  @ManyToOne(optional = false)
  @JoinColumn(name = "answered_by")
  private UserAccount answeredBy;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected QuestionnaireResponse() {}

  /** The literacy screen as answered, with its result. */
  public static QuestionnaireResponse literacyScreen(
      Patient patient, LiteracyAnswers answers, UserAccount by, Instant at) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.patient = patient;
    response.questionnaire = LITERACY_SCREEN;
    response.helpReading = answers.helpReading();
    response.confidentWithForms = answers.confidentWithForms();
    response.result = answers.level();
    response.answeredBy = by;
    response.answeredAt = at;
    return response;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getQuestionnaire() {
    return questionnaire;
  }

  public Integer getHelpReading() {
    return helpReading;
  }

  public FormsConfidence getConfidentWithForms() {
    return confidentWithForms;
  }

  public LiteracyLevel getResult() {
    return result;
  }

  public UserAccount getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
