package health.salus.casework.boundary;

import health.salus.casework.entity.CaseNote;
import health.salus.casework.entity.NoteVisibility;
import java.io.Serializable;
import java.time.Instant;

/** A note of a case. */
public record NoteView(long id, String text, NoteVisibility visibility, String author, Instant at)
    implements Serializable {

  static NoteView of(CaseNote note) {
    return new NoteView(
        note.getId(),
        note.getText(),
        note.getVisibility(),
        note.getAuthor().getFullName(),
        note.getAt());
  }
}
