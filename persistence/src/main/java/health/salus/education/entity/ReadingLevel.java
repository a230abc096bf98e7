package health.salus.education.entity;

/**
 * How hard a lesson variant is to read, with the highest Flesch-Kincaid grade its English text
 * should have: easy read (grade 6), standard (grade 8), detailed (grade 12).
 */
public enum ReadingLevel {
  EASY_READ(6),
  STANDARD(8),
  DETAILED(12);

  private final int targetGrade;

  ReadingLevel(int targetGrade) {
    this.targetGrade = targetGrade;
  }

  /** The highest Flesch-Kincaid grade an English variant of this level should have. */
  public int targetGrade() {
    return targetGrade;
  }
}
