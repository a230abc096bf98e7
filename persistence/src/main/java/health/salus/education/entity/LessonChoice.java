package health.salus.education.entity;

import health.salus.identity.entity.Patient;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
 * The variant a patient chose for all their lessons (reading level, language, format), over what
 * tailoring would suggest: one per patient, changed when they choose again, gone when they go back
 * to the suggestion.
 */
@Entity
@Table(name = "edu_lesson_choice")
public class LessonChoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Enumerated(EnumType.STRING)
  @Column(name = "reading_level", nullable = false)
  private ReadingLevel level;

  @Convert(converter = ContentLanguageConverter.class)
  @Column(nullable = false)
  private ContentLanguage language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContentFormat format;

  @Column(name = "chosen_at", nullable = false)
  private Instant chosenAt;

  @Version private long version;

  protected LessonChoice() {}

  public LessonChoice(
      Patient patient,
      ReadingLevel level,
      ContentLanguage language,
      ContentFormat format,
      Instant at) {
    this.patient = patient;
    choose(level, language, format, at);
  }

  /** The patient chooses again. */
  public void choose(
      ReadingLevel level, ContentLanguage language, ContentFormat format, Instant at) {
    if (level == null || language == null || format == null) {
      throw new IllegalArgumentException("a choice names a level, a language and a format");
    }
    this.level = level;
    this.language = language;
    this.format = format;
    this.chosenAt = at;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public ReadingLevel getLevel() {
    return level;
  }

  public ContentLanguage getLanguage() {
    return language;
  }

  public ContentFormat getFormat() {
    return format;
  }

  public Instant getChosenAt() {
    return chosenAt;
  }
}
