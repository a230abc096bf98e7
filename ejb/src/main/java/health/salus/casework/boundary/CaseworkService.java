package health.salus.casework.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.casework.control.CaseAccess;
import health.salus.casework.control.CaseAccess.Seen;
import health.salus.casework.control.CaseworkRepository;
import health.salus.casework.control.FundingRepository;
import health.salus.casework.control.PatientSide;
import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.CaseEducation;
import health.salus.casework.entity.CaseNote;
import health.salus.casework.entity.CaseReview;
import health.salus.casework.entity.CaseStatus;
import health.salus.casework.entity.CaseTask;
import health.salus.casework.entity.FundingPlan;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.Access.Basis;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.education.boundary.LearningService;
import health.salus.education.boundary.ProgrammeProgress;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.control.InputValidation;
import health.salus.shared.control.SiteCalendar;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Cases: a case manager opens one for a patient, sees their caseload and moves a case through its
 * states; the case team reads a case whole, the patient (and a carer acting for them) reads their
 * side of it. Every read and change is audited about the patient; refusals too.
 */
@Stateless
@RolesAllowed(Role.Names.CASE_MANAGER)
public class CaseworkService {

  @Inject CaseworkRepository repository;
  @Inject FundingRepository funding;
  @Inject CaseAccess access;
  @Inject AccessPolicy accessPolicy;
  @Inject Callers callers;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject SiteCalendar site;
  @Inject LearningService learning;

  /**
   * Opens a case for a patient; the caller is its case manager. OPEN, or INTAKE when it starts from
   * a referral. An unknown patient, a missing programme or summary: 400. A programme with a review
   * cycle (NDIS, aged care) gets its first review one cycle ahead.
   */
  @RolesAllowed(Role.Names.CASE_MANAGER)
  public CaseView open(NewCase request) {
    validation.check(request);
    Patient patient =
        repository
            .patient(request.patientId())
            .orElseThrow(() -> new InvalidInputException("patientId", "casework.patientUnknown"));
    UserAccount me = callers.account();
    CareCase created =
        new CareCase(
            patient,
            request.programme(),
            me,
            request.summary(),
            Boolean.TRUE.equals(request.fromReferral()),
            clock.instant());
    repository.add(created);
    CaseReview.first(created, today(), clock.instant()).ifPresent(repository::add);
    repository.flush();
    audit.record(
        AuditEvent.of("CASE_OPEN", AuditOutcome.SUCCESS)
            .aboutPatient(patient.getId())
            .object("CareCase", created.getId())
            .purpose(Basis.CARE_TEAM.purpose())
            .detail(created.getProgramme() + " " + created.getStatus()));
    return view(new Seen(created, CaseAccess.Side.TEAM));
  }

  /** The caller's caseload (cases whose team they are in), of a status or all, newest first. */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public Page<CaseSummaryView> caseload(CaseStatus status, int page, int size) {
    long me = callers.current().accountId();
    List<CareCase> cases = repository.caseload(me, status, page, size);
    Map<Long, long[]> counts =
        repository.taskCounts(cases.stream().map(CareCase::getId).toList(), today());
    List<CaseSummaryView> items =
        cases.stream().map(c -> CaseSummaryView.of(c, counts.get(c.getId()))).toList();
    audit.recordAll(
        AuditEvent.readsPerPatient(
            "CASELOAD_READ", items, CaseSummaryView::patientId, CaseSummaryView::id, "cases"));
    return new Page<>(items, repository.countCaseload(me, status), page, size);
  }

  /**
   * The caller's caseload in numbers: cases by status, overdue tasks, the caller's own tasks, the
   * reviews due, and the budgets at risk (plans of cases not closed with 80 % or more used).
   */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public CaseloadSummary summary() {
    long me = callers.current().accountId();
    LocalDate today = today();
    List<BudgetAtRisk> atRisk =
        funding.plansOfCaseload(me).stream()
            .filter(FundingPlan::isAtRisk)
            .map(BudgetAtRisk::of)
            .toList();
    audit.recordAll(
        AuditEvent.readsPerPatient(
            "FUNDING_AT_RISK_READ",
            atRisk,
            BudgetAtRisk::patientId,
            BudgetAtRisk::caseId,
            "plans"));
    return new CaseloadSummary(
        repository.caseloadByStatus(me),
        repository.countOverdueInCaseload(me, today),
        repository.countOpenTasksOf(me),
        repository.countOverdueTasksOf(me, today),
        repository.countReviewsDue(me, today.plusDays(CaseloadSummary.REVIEW_DAYS)),
        atRisk);
  }

  /**
   * A case as the caller may see it: whole for the case team, the patient's side for the patient
   * and a carer acting for them; 404 for anyone else.
   */
  @RolesAllowed({
    Role.Names.CASE_MANAGER,
    Role.Names.CLINICIAN,
    Role.Names.PATIENT,
    Role.Names.CARER
  })
  public CaseView read(long caseId) {
    Seen seen = access.visible(caseId, "CASE_READ");
    CaseView view = view(seen);
    audit.record(
        AuditEvent.of("CASE_READ", AuditOutcome.SUCCESS)
            .aboutPatient(view.patientId())
            .object("CareCase", caseId)
            .purpose(seen.team() ? Basis.CARE_TEAM.purpose() : null)
            .detail(view.view()));
    return view;
  }

  /**
   * A patient's cases, as the patient's side sees them: the caller's own when {@code patientId} is
   * null, else a patient the caller acts for (a carer under an {@code actFor} grant); else 404.
   */
  @RolesAllowed({Role.Names.PATIENT, Role.Names.CARER})
  public List<CaseSummaryView> casesOf(Long patientId) {
    Long id = patientId == null ? callers.current().patientId() : patientId;
    if (!accessPolicy.permits(
        id,
        Access.to("CASES_READ", "Patient", id)
            .allowing(Basis.SELF, Basis.ACTING_FOR)
            .saying("not the patient nor acting for them"))) {
      throw new NotFoundException("casework.patientNotFound");
    }
    List<CaseSummaryView> items =
        repository.casesOf(id).stream().map(c -> CaseSummaryView.of(c, null)).toList();
    audit.record(
        AuditEvent.of("CASES_READ", AuditOutcome.SUCCESS)
            .aboutPatient(id)
            .object("Patient", id)
            .detail(items.size() + " cases"));
    return items;
  }

  /** INTAKE → OPEN, by the case manager, once the intake assessment is recorded (else 422). */
  @RolesAllowed(Role.Names.CASE_MANAGER)
  public CaseView openIntake(long caseId, StatusMove move) {
    return moveStatus(
        caseId,
        "CASE_OPEN_INTAKE",
        move,
        c -> c.open(repository.intake(caseId).isPresent(), callers.account(), now()));
  }

  /** OPEN → ON_HOLD, with an optional reason, by the case manager. */
  @RolesAllowed(Role.Names.CASE_MANAGER)
  public CaseView putOnHold(long caseId, StatusMove move) {
    return moveStatus(
        caseId,
        "CASE_HOLD",
        move,
        c -> c.putOnHold(move == null ? null : move.reason(), callers.account(), now()));
  }

  /** ON_HOLD → OPEN, by the case manager. */
  @RolesAllowed(Role.Names.CASE_MANAGER)
  public CaseView resume(long caseId, StatusMove move) {
    return moveStatus(caseId, "CASE_RESUME", move, c -> c.resume(callers.account(), now()));
  }

  /** Closes the case with its outcome (required, else 400), by the case manager. */
  @RolesAllowed(Role.Names.CASE_MANAGER)
  public CaseView close(long caseId, StatusMove move) {
    return moveStatus(
        caseId,
        "CASE_CLOSE",
        move,
        c -> c.close(move == null ? null : move.outcome(), callers.account(), now()));
  }

  /** CLOSED → OPEN, with an optional reason, by the case manager; the history stays. */
  @RolesAllowed(Role.Names.CASE_MANAGER)
  public CaseView reopen(long caseId, StatusMove move) {
    return moveStatus(
        caseId,
        "CASE_REOPEN",
        move,
        c -> c.reopen(move == null ? null : move.reason(), callers.account(), now()));
  }

  /**
   * Adds a case manager or clinician to the case team, by the case manager. An unknown username, or
   * an account of another role: 400.
   */
  @RolesAllowed(Role.Names.CASE_MANAGER)
  public CaseView addMember(long caseId, String username) {
    CareCase c = access.forCaseManager(caseId, "CASE_MEMBER_ADD");
    UserAccount member =
        (username == null || username.isBlank()
                ? java.util.Optional.<UserAccount>empty()
                : repository.account(username.trim()))
            .filter(
                a -> a.isEnabled() && (a.hasRole(Role.CASE_MANAGER) || a.hasRole(Role.CLINICIAN)))
            .orElseThrow(() -> new InvalidInputException("username", "casework.memberUnknown"));
    c.addMember(member);
    audit.record(
        AuditEvent.of("CASE_MEMBER_ADD", AuditOutcome.SUCCESS)
            .aboutPatient(c.getPatient().getId())
            .object("CareCase", caseId)
            .detail(member.getUsername()));
    return view(new Seen(c, CaseAccess.Side.TEAM));
  }

  private CaseView moveStatus(
      long caseId, String action, StatusMove move, Consumer<CareCase> change) {
    CareCase c = access.forCaseManager(caseId, action);
    AuditEvent event =
        AuditEvent.of(action, AuditOutcome.SUCCESS)
            .aboutPatient(c.getPatient().getId())
            .object("CareCase", caseId);
    if (move != null && move.version() != null && move.version() != c.getVersion()) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "stale version " + move.version()));
      throw new ConflictException("version", "casework.changedMeanwhile");
    }
    CaseStatus from = c.getStatus();
    try {
      change.accept(c);
      repository.flush();
    } catch (Refusal refused) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, refused.messageKey()));
      throw refused;
    } catch (PersistenceException changedMeanwhile) {
      audit.record(event.withOutcome(AuditOutcome.FAILURE, "changed meanwhile"));
      throw new ConflictException("version", "casework.changedMeanwhile");
    }
    audit.record(event.detail(from + " -> " + c.getStatus()));
    return view(new Seen(c, CaseAccess.Side.TEAM));
  }

  private CaseView view(Seen seen) {
    CareCase c = seen.careCase();
    long id = c.getId();
    LocalDate today = today();
    boolean team = seen.team();
    UserAccount patientAccount = c.getPatient().getAccount();
    List<CaseTask> tasks = repository.tasks(id);
    List<CaseNote> notes = repository.notes(id);
    return new CaseView(
        id,
        c.getPatient().getId(),
        c.getPatient().getFullName(),
        team && patientAccount != null ? patientAccount.getUsername() : null,
        c.getProgramme(),
        c.getStatus(),
        c.getSummary(),
        c.getOutcome(),
        c.getCaseManager().getFullName(),
        c.getCaseManager().getUsername(),
        team ? c.getMembers().stream().map(UserAccount::getUsername).sorted().toList() : List.of(),
        c.getCreatedAt(),
        c.getClosedAt(),
        c.getVersion(),
        team ? "TEAM" : "PATIENT",
        repository.goals(id).stream().map(GoalView::of).toList(),
        (team ? tasks : PatientSide.tasks(c, tasks))
            .stream().map(t -> TaskView.of(t, today)).toList(),
        (team ? notes : PatientSide.notes(notes)).stream().map(NoteView::of).toList(),
        team ? repository.referrals(id).stream().map(ReferralView::of).toList() : List.of(),
        team ? c.getHistory().stream().map(StatusChangeView::of).toList() : List.of(),
        team ? repository.reviews(id).stream().map(ReviewView::of).toList() : List.of(),
        team ? repository.intake(id).map(IntakeView::of).orElse(null) : null,
        team ? programmes(c) : List.of());
  }

  /** The programmes assigned on the case, each with the patient's progress in it. */
  private List<CaseEducationView> programmes(CareCase c) {
    List<CaseEducation> assigned = repository.education(c.getId());
    if (assigned.isEmpty()) {
      return List.of();
    }
    Map<Long, ProgrammeProgress> progress =
        learning
            .progressOf(
                c.getPatient().getId(),
                assigned.stream().map(CaseEducation::getProgrammeId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(ProgrammeProgress::programmeId, p -> p));
    return assigned.stream()
        .map(e -> CaseEducationView.of(e, progress.get(e.getProgrammeId())))
        .toList();
  }

  private java.time.Instant now() {
    return clock.instant();
  }

  private LocalDate today() {
    return site.today();
  }
}
