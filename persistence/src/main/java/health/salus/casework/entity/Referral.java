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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A referral of the case to another service (internal or external): SENT, then ACCEPTED by the
 * service, then COMPLETED with its result. Each step only from the one before (else 422).
 */
@Entity
@Table(name = "case_referral")
public class Referral {

  public static final int SERVICE_MAX = 200;
  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  /**
   * The case's patient, kept on the referral too (never changed): the patient timeline reads a
   * patient's referrals newest first along (patient_id, sent_at, id) and stops at the page's end,
   * instead of joining all the patient's cases and sorting all their referrals.
   */
  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @Column(name = "to_service", nullable = false)
  private String toService;

  /** A service of this organisation (true) or of another (false). */
  @Column(name = "internal_service", nullable = false)
  private boolean internal;

  @Column(nullable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralStatus status;

  private String result;

  @ManyToOne(optional = false)
  @JoinColumn(name = "sent_by")
  private UserAccount sentBy;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  protected Referral() {}

  /** A referral to an external service sent now from a case not closed. */
  public Referral(CareCase careCase, String toService, String reason, UserAccount by, Instant at) {
    this(careCase, toService, false, reason, by, at);
  }

  /**
   * A referral to a service of this organisation ({@code internal}) or of another, sent now from a
   * case not closed; service and reason are required.
   */
  public Referral(
      CareCase careCase,
      String toService,
      boolean internal,
      String reason,
      UserAccount by,
      Instant at) {
    careCase.requireNotClosed();
    this.internal = internal;
    this.careCase = careCase;
    this.patientId = careCase.getPatient().getId();
    this.toService = Texts.required("toService", toService, SERVICE_MAX);
    this.reason = Texts.required("reason", reason, TEXT_MAX);
    this.status = ReferralStatus.SENT;
    this.sentBy = by;
    this.sentAt = at;
  }

  /** SENT → ACCEPTED. */
  public void accept(Instant at) {
    require(ReferralStatus.SENT, ReferralStatus.ACCEPTED);
    status = ReferralStatus.ACCEPTED;
    acceptedAt = at;
  }

  /** ACCEPTED → COMPLETED, with the result (required). */
  public void complete(String resultText, Instant at) {
    String text = Texts.required("result", resultText, TEXT_MAX);
    require(ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED);
    status = ReferralStatus.COMPLETED;
    result = text;
    completedAt = at;
  }

  private void require(ReferralStatus from, ReferralStatus to) {
    if (status != from) {
      throw Refusal.rule("casework.referralTransitionRefused", status.name(), to.name());
    }
  }

  public Long getId() {
    return id;
  }

  public CareCase getCareCase() {
    return careCase;
  }

  public boolean isInternal() {
    return internal;
  }

  public String getToService() {
    return toService;
  }

  public String getReason() {
    return reason;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public String getResult() {
    return result;
  }

  public UserAccount getSentBy() {
    return sentBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public long getVersion() {
    return version;
  }
}
