package health.salus.casework.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.casework.control.CaseAccess;
import health.salus.casework.control.CaseAccess.Seen;
import health.salus.casework.control.CaseAudit;
import health.salus.casework.control.CaseworkRepository;
import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.CaseEducation;
import health.salus.casework.entity.CaseGoal;
import health.salus.casework.entity.CaseNote;
import health.salus.casework.entity.CaseReview;
import health.salus.casework.entity.CaseTask;
import health.salus.casework.entity.Referral;
import health.salus.casework.entity.ReferralStatus;
import health.salus.education.boundary.Enrolled;
import health.salus.education.boundary.EnrolmentRequest;
import health.salus.education.boundary.LearningService;
import health.salus.education.boundary.ProgrammeProgress;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.boundary.ConflictException;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.boundary.Page;
import health.salus.shared.control.InputValidation;
import health.salus.shared.control.SiteCalendar;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The care plan of a case: the case team adds goals (and rates their progress), tasks, notes and
 * referrals and moves referrals on; a task is completed by the team or by its assignee; everyone
 * sees their own open tasks. A closed case takes no new work (422). Every change audited about the
 * patient, refusals too.
 */
@Stateless
@RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
public class CasePlanService {

  @Inject CaseworkRepository repository;
  @Inject CaseAccess access;
  @Inject Callers callers;
  @Inject InputValidation validation;
  @Inject AuditTrail audit;
  @Inject CaseAudit caseAudit;
  @Inject Event<ReferralResultReady> results;
  @Inject LearningService learning;
  @Inject Clock clock;
  @Inject SiteCalendar site;

  /** Adds a goal (description required, target date optional) to the case. */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public GoalView addGoal(long caseId, NewGoal request) {
    validation.check(request);
    CareCase c = access.forTeam(caseId, "CASE_GOAL_ADD");
    CaseGoal goal =
        audited(
            c,
            "CASE_GOAL_ADD",
            () ->
                new CaseGoal(
                    c, request.description(), request.targetDate(), callers.account(), now()));
    repository.add(goal);
    repository.flush();
    audit.record(event(c, "CASE_GOAL_ADD").object("CaseGoal", goal.getId()));
    return GoalView.of(goal);
  }

  /** Rates a goal's progress now: 1..10 (else 400), with an optional comment. */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public GoalView rateGoal(long caseId, long goalId, GoalProgress request) {
    validation.check(request);
    CareCase c = access.forTeam(caseId, "CASE_GOAL_RATE");
    CaseGoal goal =
        repository
            .goal(goalId)
            .filter(g -> g.getCareCase().getId().equals(c.getId()))
            .orElseThrow(() -> new NotFoundException("casework.goalNotFound"));
    audited(
        c,
        "CASE_GOAL_RATE",
        () -> goal.rate(request.rating(), request.comment(), callers.account(), now()));
    repository.flush();
    audit.record(
        event(c, "CASE_GOAL_RATE").object("CaseGoal", goalId).detail("rating " + request.rating()));
    return GoalView.of(goal);
  }

  /**
   * Adds a task; its assignee is a member of the case team or the patient (else 400), the caller
   * when none is named.
   */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public TaskView addTask(long caseId, NewTask request) {
    validation.check(request);
    CareCase c = access.forTeam(caseId, "CASE_TASK_ADD");
    UserAccount assignee = assignee(c, request.assigneeUsername());
    CaseTask task =
        audited(
            c,
            "CASE_TASK_ADD",
            () ->
                new CaseTask(
                    c,
                    request.title(),
                    request.dueDate(),
                    assignee,
                    request.priority(),
                    callers.account(),
                    now()));
    repository.add(task);
    repository.flush();
    audit.record(
        event(c, "CASE_TASK_ADD")
            .object("CaseTask", task.getId())
            .detail("for " + assignee.getUsername()));
    return TaskView.of(task, today());
  }

  /**
   * Completes a task: the case team, or its assignee (a patient or a carer acting for them, when
   * the task is the patient's); else 404. Done already, or changed since {@code version}: 409.
   */
  @RolesAllowed({
    Role.Names.CASE_MANAGER,
    Role.Names.CLINICIAN,
    Role.Names.PATIENT,
    Role.Names.CARER
  })
  public TaskView completeTask(long caseId, long taskId, Long version) {
    Seen seen = access.visible(caseId, "CASE_TASK_DONE");
    CareCase c = seen.careCase();
    CaseTask task =
        repository
            .task(taskId)
            .filter(t -> t.getCareCase().getId().equals(c.getId()))
            .filter(t -> seen.team() || t.getAssignee().equals(c.getPatient().getAccount()))
            .orElseThrow(() -> new NotFoundException("casework.taskNotFound"));
    if (version != null && version != task.getVersion()) {
      audit.record(
          event(c, "CASE_TASK_DONE")
              .object("CaseTask", taskId)
              .withOutcome(AuditOutcome.FAILURE, "stale version " + version));
      throw new ConflictException("version", "casework.changedMeanwhile");
    }
    audited(
        c,
        "CASE_TASK_DONE",
        () -> {
          task.complete(callers.account(), now());
          return task;
        });
    try {
      repository.flush();
    } catch (PersistenceException changedMeanwhile) {
      throw new ConflictException("version", "casework.changedMeanwhile");
    }
    audit.record(event(c, "CASE_TASK_DONE").object("CaseTask", taskId));
    return TaskView.of(task, today());
  }

  /**
   * Sets a review of the case on a day (today or later, else 400; that day twice: 409); when it
   * falls due the case manager gets the task "Review the case".
   */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public ReviewView scheduleReview(long caseId, NewReview request) {
    validation.check(request);
    CareCase c = access.forTeam(caseId, "CASE_REVIEW_ADD");
    if (repository.reviews(caseId).stream().anyMatch(r -> r.getDueOn().equals(request.dueOn()))) {
      throw new ConflictException("dueOn", "casework.reviewTwice");
    }
    CaseReview review =
        audited(c, "CASE_REVIEW_ADD", () -> new CaseReview(c, request.dueOn(), today(), now()));
    repository.add(review);
    repository.flush();
    audit.record(
        event(c, "CASE_REVIEW_ADD")
            .object("CaseReview", review.getId())
            .detail("due " + review.getDueOn()));
    return ReviewView.of(review);
  }

  /**
   * Assigns an education programme as part of the case's care plan: the education feature enrols
   * the patient (its own rules: the access policy, a programme that does not exist 404, a reason
   * over 500 characters 400; the patient is told who and why), and the case records which
   * programme, by whom, when and why, in its history and on the patient timeline. A patient who
   * follows the programme already keeps that enrolment, and the case records it as found ({@code
   * alreadyEnrolled}). Once per case and programme: again, the one there is ({@code created}
   * false). A closed case takes none (422). Audited as CASE_PROGRAMME_ASSIGN.
   */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public CaseEducationAssigned assignProgramme(long caseId, NewProgrammeAssignment request) {
    validation.check(request);
    CareCase c = access.forTeam(caseId, "CASE_PROGRAMME_ASSIGN");
    audited(
        c,
        "CASE_PROGRAMME_ASSIGN",
        () -> {
          c.requireNotClosed();
          return c;
        });
    long patientId = c.getPatient().getId();
    // The enrolment takes the patient's row lock, so racing assignments of one programme reach
    // the case's own check below one at a time.
    Enrolled enrolled =
        learning.enrol(request.programmeId(), new EnrolmentRequest(patientId, request.reason()));
    CaseEducation there = repository.education(caseId, request.programmeId()).orElse(null);
    boolean created = there == null;
    if (created) {
      there =
          audited(
              c,
              "CASE_PROGRAMME_ASSIGN",
              () ->
                  new CaseEducation(
                      c,
                      request.programmeId(),
                      enrolled.enrolment().id(),
                      enrolled.enrolment().programmeTitle(),
                      request.reason(),
                      !enrolled.created(),
                      callers.account(),
                      now()));
      repository.add(there);
      repository.flush();
      audit.record(
          event(c, "CASE_PROGRAMME_ASSIGN")
              .object("CaseEducation", there.getId())
              .detail(
                  "programme "
                      + request.programmeId()
                      + (enrolled.created() ? " enrolled" : " already enrolled")));
    }
    List<ProgrammeProgress> progress =
        learning.progressOf(patientId, Set.of(request.programmeId()));
    return new CaseEducationAssigned(
        CaseEducationView.of(there, progress.isEmpty() ? null : progress.get(0)), created);
  }

  /** Adds a note, INTERNAL (the team only) or SHARED (the patient sees it). */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public NoteView addNote(long caseId, NewNote request) {
    validation.check(request);
    CareCase c = access.forTeam(caseId, "CASE_NOTE_ADD");
    CaseNote note =
        audited(
            c,
            "CASE_NOTE_ADD",
            () -> new CaseNote(c, request.text(), request.visibility(), callers.account(), now()));
    repository.add(note);
    repository.flush();
    audit.record(
        event(c, "CASE_NOTE_ADD")
            .object("CaseNote", note.getId())
            .detail(note.getVisibility().name()));
    return NoteView.of(note);
  }

  /** Sends a referral to a service, with the reason (both required). */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public ReferralView addReferral(long caseId, NewReferral request) {
    validation.check(request);
    CareCase c = access.forTeam(caseId, "CASE_REFERRAL_ADD");
    Referral referral =
        audited(
            c,
            "CASE_REFERRAL_ADD",
            () ->
                new Referral(
                    c,
                    request.toService(),
                    Boolean.TRUE.equals(request.internal()),
                    request.reason(),
                    callers.account(),
                    now()));
    repository.add(referral);
    repository.flush();
    audit.record(
        event(c, "CASE_REFERRAL_ADD")
            .object("Referral", referral.getId())
            .detail(referral.getToService()));
    return ReferralView.of(referral);
  }

  /**
   * Moves a referral on: ACCEPTED, or COMPLETED with the result; another status is 400. A completed
   * referral's result goes to the patient's GP (else the practitioners of the care team).
   */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN})
  public ReferralView advanceReferral(long caseId, long referralId, ReferralStep step) {
    validation.check(step);
    CareCase c = access.forTeam(caseId, "CASE_REFERRAL_UPDATE");
    Referral referral =
        repository
            .referral(referralId)
            .filter(r -> r.getCareCase().getId().equals(c.getId()))
            .orElseThrow(() -> new NotFoundException("casework.referralNotFound"));
    String status = step.status() == null ? "" : step.status().trim().toUpperCase();
    audited(
        c,
        "CASE_REFERRAL_UPDATE",
        () -> {
          switch (status) {
            case "ACCEPTED" -> referral.accept(now());
            case "COMPLETED" -> referral.complete(step.result(), now());
            default -> throw new InvalidInputException("status", "casework.referralStepUnknown");
          }
          return referral;
        });
    try {
      repository.flush();
    } catch (PersistenceException changedMeanwhile) {
      throw new ConflictException("version", "casework.changedMeanwhile");
    }
    audit.record(event(c, "CASE_REFERRAL_UPDATE").object("Referral", referralId).detail(status));
    if (referral.getStatus() == ReferralStatus.COMPLETED) {
      List<Long> gps = repository.gpAccountIds(c.getPatient().getId());
      results.fire(
          new ReferralResultReady(
              referralId,
              c.getPatient().getId(),
              c.getPatient().getFullName(),
              referral.getToService(),
              referral.getResult(),
              gps));
      audit.record(
          event(c, "REFERRAL_RESULT_SENT")
              .object("Referral", referralId)
              .detail(gps.size() + " practitioners"));
    }
    return ReferralView.of(referral);
  }

  /**
   * The caller's open tasks over all cases, by due date (none last), with each case's patient;
   * audited once per patient shown.
   */
  @RolesAllowed({Role.Names.CASE_MANAGER, Role.Names.CLINICIAN, Role.Names.PATIENT})
  public Page<TaskView> myTasks(int page, int size) {
    long me = callers.current().accountId();
    LocalDate today = today();
    List<TaskView> items =
        repository.openTasksOf(me, page, size).stream().map(t -> TaskView.of(t, today)).toList();
    audit.recordAll(
        AuditEvent.readsPerPatient(
            "CASE_TASKS_READ", items, TaskView::patientId, TaskView::id, "tasks"));
    return new Page<>(items, repository.countOpenTasksOf(me), page, size);
  }

  private UserAccount assignee(CareCase c, String username) {
    if (username == null || username.isBlank()) {
      return callers.account();
    }
    return repository
        .account(username.trim())
        .filter(a -> c.isInTeam(a.getId()) || a.equals(c.getPatient().getAccount()))
        .orElseThrow(
            () -> new InvalidInputException("assigneeUsername", "casework.assigneeNotInTeam"));
  }

  private <T> T audited(CareCase c, String action, Supplier<T> change) {
    return caseAudit.audited(c, action, change);
  }

  private static AuditEvent event(CareCase c, String action) {
    return CaseAudit.event(c, action);
  }

  private java.time.Instant now() {
    return clock.instant();
  }

  private LocalDate today() {
    return site.today();
  }
}
