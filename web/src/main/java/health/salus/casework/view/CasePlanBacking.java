package health.salus.casework.view;

import health.salus.casework.boundary.CasePlanService;
import health.salus.casework.boundary.GoalProgress;
import health.salus.casework.boundary.NewGoal;
import health.salus.casework.boundary.NewNote;
import health.salus.casework.boundary.NewReferral;
import health.salus.casework.boundary.NewTask;
import health.salus.casework.boundary.ReferralStep;
import health.salus.casework.boundary.ReferralView;
import health.salus.casework.boundary.TaskView;
import health.salus.casework.entity.NoteVisibility;
import health.salus.casework.entity.TaskPriority;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The care plan forms of the case page: add a goal and rate one, add a task and complete one, add a
 * note, send a referral and move one on. Each change comes back to the case page with a
 * confirmation, or stays with the refusal on the field it is about.
 */
@Named
@ViewScoped
public class CasePlanBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CasePlanService plan;
  @Inject CaseBacking page;

  private String goalDescription;
  private LocalDate goalTarget;
  private Long ratedGoal;
  private Integer rating;
  private String ratingComment;
  private String taskTitle;
  private LocalDate taskDue;
  private String taskAssignee;
  private TaskPriority taskPriority = TaskPriority.NORMAL;
  private String noteText;
  private NoteVisibility noteVisibility = NoteVisibility.INTERNAL;
  private String toService;
  private String referralReason;
  private boolean internalService;
  private String referralResult;

  public void addGoal() throws IOException {
    PageAction.change(
        () -> plan.addGoal(page.getId(), new NewGoal(goalDescription, goalTarget)),
        "goal",
        Map.of("description", "goalDescription", "targetDate", "goalTarget"),
        page.target(),
        "casework.goalAdded");
  }

  public void rateGoal() throws IOException {
    PageAction.change(
        () ->
            plan.rateGoal(
                page.getId(),
                ratedGoal == null ? 0 : ratedGoal,
                new GoalProgress(rating, ratingComment)),
        "rating",
        Map.of("comment", "ratingComment", "rating", "ratingValue"),
        page.target(),
        "casework.goalRated");
  }

  public void addTask() throws IOException {
    PageAction.change(
        () ->
            plan.addTask(page.getId(), new NewTask(taskTitle, taskDue, taskAssignee, taskPriority)),
        "task",
        Map.of("title", "taskTitle", "dueDate", "taskDue", "assigneeUsername", "taskAssignee"),
        page.target(),
        "casework.taskAdded");
  }

  public void completeTask(TaskView task) throws IOException {
    PageAction.change(
        () -> plan.completeTask(page.getId(), task.id(), task.version()),
        null,
        page.target(),
        "casework.taskCompleted",
        task.title());
  }

  public void addNote() throws IOException {
    PageAction.change(
        () -> plan.addNote(page.getId(), new NewNote(noteText, noteVisibility)),
        "note",
        Map.of("text", "noteText", "visibility", "noteVisibility"),
        page.target(),
        "casework.noteAdded");
  }

  public void addReferral() throws IOException {
    PageAction.change(
        () ->
            plan.addReferral(
                page.getId(), new NewReferral(toService, referralReason, internalService)),
        "referral",
        Map.of("reason", "referralReason"),
        page.target(),
        "casework.referralSent");
  }

  public void accept(ReferralView referral) throws IOException {
    PageAction.change(
        () -> plan.advanceReferral(page.getId(), referral.id(), new ReferralStep("ACCEPTED", null)),
        null,
        page.target(),
        "casework.referralAccepted",
        referral.toService());
  }

  public void complete(ReferralView referral) throws IOException {
    PageAction.change(
        () ->
            plan.advanceReferral(
                page.getId(), referral.id(), new ReferralStep("COMPLETED", referralResult)),
        "referrals",
        Map.of("result", "referralResult"),
        page.target(),
        "casework.referralCompleted",
        referral.toService());
  }

  /** The progress ratings to choose from: 1 (not started) .. 10 (achieved). */
  public List<Integer> getRatings() {
    return java.util.stream.IntStream.rangeClosed(1, 10).boxed().toList();
  }

  public List<TaskPriority> getPriorities() {
    return List.of(TaskPriority.values());
  }

  public List<NoteVisibility> getVisibilities() {
    return List.of(NoteVisibility.values());
  }

  /** Who a task may go to: the case manager, the members, the patient (by username). */
  public List<String> getAssignees() {
    var view = page.getView();
    List<String> all = new java.util.ArrayList<>();
    all.add(view.caseManagerUsername());
    all.addAll(view.members());
    if (view.patientUsername() != null) {
      all.add(view.patientUsername());
    }
    return all;
  }

  public String getGoalDescription() {
    return goalDescription;
  }

  public void setGoalDescription(String goalDescription) {
    this.goalDescription = goalDescription;
  }

  public LocalDate getGoalTarget() {
    return goalTarget;
  }

  public void setGoalTarget(LocalDate goalTarget) {
    this.goalTarget = goalTarget;
  }

  public Long getRatedGoal() {
    return ratedGoal;
  }

  public void setRatedGoal(Long ratedGoal) {
    this.ratedGoal = ratedGoal;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getRatingComment() {
    return ratingComment;
  }

  public void setRatingComment(String ratingComment) {
    this.ratingComment = ratingComment;
  }

  public String getTaskTitle() {
    return taskTitle;
  }

  public void setTaskTitle(String taskTitle) {
    this.taskTitle = taskTitle;
  }

  public LocalDate getTaskDue() {
    return taskDue;
  }

  public void setTaskDue(LocalDate taskDue) {
    this.taskDue = taskDue;
  }

  public String getTaskAssignee() {
    return taskAssignee;
  }

  public void setTaskAssignee(String taskAssignee) {
    this.taskAssignee = taskAssignee;
  }

  public TaskPriority getTaskPriority() {
    return taskPriority;
  }

  public void setTaskPriority(TaskPriority taskPriority) {
    this.taskPriority = taskPriority;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public NoteVisibility getNoteVisibility() {
    return noteVisibility;
  }

  public void setNoteVisibility(NoteVisibility noteVisibility) {
    this.noteVisibility = noteVisibility;
  }

  public String getToService() {
    return toService;
  }

  public void setToService(String toService) {
    this.toService = toService;
  }

  public String getReferralReason() {
    return referralReason;
  }

  public void setReferralReason(String referralReason) {
    this.referralReason = referralReason;
  }

  public String getReferralResult() {
    return referralResult;
  }

  public void setReferralResult(String referralResult) {
    this.referralResult = referralResult;
  }

  public boolean isInternalService() {
    return internalService;
  }

  public void setInternalService(boolean internalService) {
    this.internalService = internalService;
  }
}
