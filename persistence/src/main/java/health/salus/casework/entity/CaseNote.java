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
import java.time.Instant;

/** A progress note of the case: its text, INTERNAL (team only) or SHARED (the patient sees it). */
@Entity
@Table(name = "case_note")
public class CaseNote {

  public static final int TEXT_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CareCase careCase;

  /**
   * The case's patient, kept on the note too (never changed): the patient timeline reads a
   * patient's notes newest first along (patient_id, written_at, id) and stops at the page's end,
   * instead of joining all the patient's cases and sorting all their notes.
   */
  @Column(name = "patient_id", updatable = false)
  private Long patientId;

  @Column(name = "body", nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NoteVisibility visibility;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private UserAccount author;

  @Column(name = "written_at", nullable = false)
  private Instant at;

  protected CaseNote() {}

  /** A new note of a case not closed; text and visibility are required. */
  public CaseNote(
      CareCase careCase, String text, NoteVisibility visibility, UserAccount author, Instant at) {
    careCase.requireNotClosed();
    if (visibility == null) {
      throw Refusal.invalid("visibility", "casework.visibilityUnknown");
    }
    this.careCase = careCase;
    this.patientId = careCase.getPatient().getId();
    this.text = Texts.required("text", text, TEXT_MAX);
    this.visibility = visibility;
    this.author = author;
    this.at = at;
  }

  public boolean isShared() {
    return visibility == NoteVisibility.SHARED;
  }

  public Long getId() {
    return id;
  }

  public CareCase getCareCase() {
    return careCase;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getText() {
    return text;
  }

  public NoteVisibility getVisibility() {
    return visibility;
  }

  public UserAccount getAuthor() {
    return author;
  }

  public Instant getAt() {
    return at;
  }
}
