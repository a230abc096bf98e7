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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A task of the case: a title, who does it (a team member or the patient), by when (optional), how
 * urgent; OPEN until {@link #complete done}, once. Overdue when still open after its due date.
 */
@Entity
@Table(name = "case_task")
@NamedQuery(
    name = CaseTask.CLAIM_OVERDUE_ALERT,
    query =
        "UPDATE CaseTask t SET t.overdueAlertedAt = :now"
            + " WHERE t.id = :id AND t.overdueAlertedAt IS NULL")
public class CaseTask {

  /** Claims the overdue alert of a task for a server: one row changed for the one that wins. */
  public static final String CLAIM_OVERDUE_ALERT = "CaseTask.claimOverdueAlert";

  public static final int TITLE_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  @Column(nullable = false)
  private String title;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assignee_id")
  private UserAccount assignee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskPriority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskStatus status;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by")
  private UserAccount createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ManyToOne
  @JoinColumn(name = "done_by")
  private UserAccount doneBy;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "overdue_alerted_at")
  private Instant overdueAlertedAt;

  @Version private long version;

  protected CaseTask() {}

  /** A new open task of a case not closed; the title is required, the priority NORMAL if null. */
  public CaseTask(
      CareCase careCase,
      String title,
      LocalDate dueDate,
      UserAccount assignee,
      TaskPriority priority,
      UserAccount by,
      Instant at) {
    careCase.requireNotClosed();
    this.careCase = careCase;
    this.title = Texts.required("title", title, TITLE_MAX);
    this.dueDate = dueDate;
    this.assignee = assignee;
    this.priority = priority == null ? TaskPriority.NORMAL : priority;
    this.status = TaskStatus.OPEN;
    this.createdBy = by;
    this.createdAt = at;
  }

  /** Marks the task done; a task done already is a conflict (409). */
  public void complete(UserAccount by, Instant at) {
    if (status == TaskStatus.DONE) {
      throw Refusal.conflict("casework.taskDone");
    }
    status = TaskStatus.DONE;
    doneBy = by;
    doneAt = at;
  }

  /** Whether the task is still open after its due date, on this day. */
  public boolean isOverdue(LocalDate today) {
    return status == TaskStatus.OPEN && dueDate != null && dueDate.isBefore(today);
  }

  public Long getId() {
    return id;
  }

  public CareCase getCareCase() {
    return careCase;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public UserAccount getAssignee() {
    return assignee;
  }

  public TaskPriority getPriority() {
    return priority;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public UserAccount getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public UserAccount getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  /** When the assignee was told the task is overdue (once), if they were. */
  public Instant getOverdueAlertedAt() {
    return overdueAlertedAt;
  }

  public long getVersion() {
    return version;
  }
}
