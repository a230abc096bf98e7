package health.salus.casework.entity;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A patient's case in a programme: the case manager who runs it and the team members who work on
 * it, a summary, and its status, which moves only as the methods allow: a case from a referral
 * starts in INTAKE and is {@link #open opened}; an open case is {@link #putOnHold put on hold} and
 * {@link #resume resumed}; any case not closed is {@link #close closed} with an outcome; a closed
 * case is {@link #reopen reopened}. Every move is kept in the {@link #getHistory() history}, so a
 * reopened case still shows how it was closed. A closed case takes no new goals, tasks, notes or
 * referrals.
 */
@Entity
@Table(name = "care_case")
@NamedQuery(
    name = CareCase.TEAM_OF_PATIENT,
    query =
        "SELECT COUNT(c) FROM CareCase c LEFT JOIN c.members m WHERE c.patient.id = :patientId"
            + " AND (c.caseManager.id = :accountId OR m.id = :accountId)")
public class CareCase {

  /** Whether an account is of the case team of one of a patient's cases (a count). */
  public static final String TEAM_OF_PATIENT = "CareCase.teamOfPatient";

  /** The longest summary, outcome or reason. */
  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Programme programme;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_manager_id")
  private UserAccount caseManager;

  @ManyToMany
  @JoinTable(
      name = "care_case_member",
      joinColumns = @JoinColumn(name = "case_id"),
      inverseJoinColumns = @JoinColumn(name = "account_id"))
  private Set<UserAccount> members = new LinkedHashSet<>();

  @Column(nullable = false)
  private String summary;

  private String outcome;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @OneToMany(mappedBy = "careCase", cascade = CascadeType.PERSIST)
  @OrderBy("changedAt, id")
  private List<StatusChange> history = new ArrayList<>();

  @Version private long version;

  protected CareCase() {}

  /**
   * A new case the case manager runs: OPEN, or INTAKE when it starts from a referral. The summary
   * is required.
   */
  public CareCase(
      Patient patient,
      Programme programme,
      UserAccount caseManager,
      String summary,
      boolean fromReferral,
      Instant at) {
    if (programme == null) {
      throw Refusal.invalid("programme", "casework.programmeUnknown");
    }
    this.patient = patient;
    this.programme = programme;
    this.caseManager = caseManager;
    this.summary = Texts.required("summary", summary, TEXT_MAX);
    this.createdAt = at;
    this.status = fromReferral ? CaseStatus.INTAKE : CaseStatus.OPEN;
    history.add(new StatusChange(this, null, status, null, caseManager, at));
  }

  /** INTAKE → OPEN: the intake is done; refused (422) until the intake assessment is recorded. */
  public void open(boolean intakeRecorded, UserAccount by, Instant at) {
    if (status == CaseStatus.INTAKE && !intakeRecorded) {
      throw Refusal.rule("casework.intake.missing");
    }
    move(CaseStatus.INTAKE, CaseStatus.OPEN, null, by, at);
  }

  /** OPEN → ON_HOLD, with an optional reason. */
  public void putOnHold(String reason, UserAccount by, Instant at) {
    String why = Texts.optional("reason", reason, TEXT_MAX);
    move(CaseStatus.OPEN, CaseStatus.ON_HOLD, why, by, at);
  }

  /** ON_HOLD → OPEN. */
  public void resume(UserAccount by, Instant at) {
    move(CaseStatus.ON_HOLD, CaseStatus.OPEN, null, by, at);
  }

  /** Any status but CLOSED → CLOSED, with the outcome (required). */
  public void close(String outcomeText, UserAccount by, Instant at) {
    String text = Texts.required("outcome", outcomeText, TEXT_MAX);
    if (status == CaseStatus.CLOSED) {
      throw Refusal.rule("casework.transitionRefused", status.name(), CaseStatus.CLOSED.name());
    }
    record(CaseStatus.CLOSED, text, by, at);
    this.outcome = text;
    this.closedAt = at;
  }

  /** CLOSED → OPEN, with an optional reason; the earlier closing stays in the history. */
  public void reopen(String reason, UserAccount by, Instant at) {
    String why = Texts.optional("reason", reason, TEXT_MAX);
    move(CaseStatus.CLOSED, CaseStatus.OPEN, why, by, at);
    this.outcome = null;
    this.closedAt = null;
  }

  private void move(CaseStatus from, CaseStatus to, String note, UserAccount by, Instant at) {
    if (status != from) {
      throw Refusal.rule("casework.transitionRefused", status.name(), to.name());
    }
    record(to, note, by, at);
  }

  private void record(CaseStatus to, String note, UserAccount by, Instant at) {
    history.add(new StatusChange(this, status, to, note, by, at));
    status = to;
  }

  /** Refuses new work (goals, tasks, notes, referrals, ratings) on a closed case (422). */
  public void requireNotClosed() {
    if (status == CaseStatus.CLOSED) {
      throw Refusal.rule("casework.caseClosed");
    }
  }

  /** Adds an account to the case team (the case manager is in it already). */
  public boolean addMember(UserAccount account) {
    return account != caseManager && members.add(account);
  }

  public boolean isCaseManager(long accountId) {
    return Long.valueOf(accountId).equals(caseManager.getId());
  }

  /** Whether the account is of the case team: the case manager or a member. */
  public boolean isInTeam(long accountId) {
    return isCaseManager(accountId)
        || members.stream().anyMatch(m -> Long.valueOf(accountId).equals(m.getId()));
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public Programme getProgramme() {
    return programme;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public UserAccount getCaseManager() {
    return caseManager;
  }

  public Set<UserAccount> getMembers() {
    return Collections.unmodifiableSet(members);
  }

  public String getSummary() {
    return summary;
  }

  public String getOutcome() {
    return outcome;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<StatusChange> getHistory() {
    return Collections.unmodifiableList(history);
  }

  public long getVersion() {
    return version;
  }
}
