package health.salus.education.entity;

/**
 * How a lesson variant reaches the reader: text; low-bandwidth text (no pictures or media, for a
 * slow or costly connection); an audio or video recording (a link, with the text as transcript); a
 * printable page.
 */
public enum ContentFormat {
  TEXT,
  LOW_BANDWIDTH,
  AUDIO,
  VIDEO,
  PRINT;

  /** Whether a variant of this format links to a recording. */
  public boolean hasMedia() {
    return this == AUDIO || this == VIDEO;
  }
}
