package health.salus.feedback.entity;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The invitation to rate one completed appointment, and the rating once given: a score from 1 to 5
 * and an optional comment. {@link #rate Rated} once only: a second rating is a conflict (409), even
 * when two arrive at once (the version holds).
 */
@Entity
@Table(name = "feedback_invitation")
public class RatingInvitation {

  public static final int COMMENT_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "appointment_id", nullable = false)
  private long appointmentId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @ManyToOne(optional = false)
  @JoinColumn(name = "practitioner_id")
  private Practitioner practitioner;

  @Column(name = "consulted_at", nullable = false)
  private Instant consultedAt;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  private Integer score;

  private String comment;

  @Column(name = "rated_at")
  private Instant ratedAt;

  @ManyToOne
  @JoinColumn(name = "rated_by")
  private UserAccount ratedBy;

  @Version private long version;

  protected RatingInvitation() {}

  public RatingInvitation(
      long appointmentId,
      Patient patient,
      Practitioner practitioner,
      Instant consultedAt,
      Instant invitedAt) {
    this.appointmentId = appointmentId;
    this.patient = patient;
    this.practitioner = practitioner;
    this.consultedAt = consultedAt;
    this.invitedAt = invitedAt;
  }

  /** Rates the appointment: 1 to 5 (else 400), a comment of at most 1000 characters; once (409). */
  public void rate(Integer stars, String text, UserAccount by, Instant at) {
    if (isRated()) {
      throw Refusal.conflict("feedback.alreadyRated");
    }
    int checked = FeedbackTexts.score("score", stars, 1, 5);
    this.comment = FeedbackTexts.optional("comment", text, COMMENT_MAX);
    this.score = checked;
    this.ratedBy = by;
    this.ratedAt = at;
  }

  public boolean isRated() {
    return score != null;
  }

  public Long getId() {
    return id;
  }

  public long getAppointmentId() {
    return appointmentId;
  }

  public Patient getPatient() {
    return patient;
  }

  public Practitioner getPractitioner() {
    return practitioner;
  }

  public Instant getConsultedAt() {
    return consultedAt;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Integer getScore() {
    return score;
  }

  public String getComment() {
    return comment;
  }

  public Instant getRatedAt() {
    return ratedAt;
  }

  public long getVersion() {
    return version;
  }
}
