package health.salus.casework.boundary;

import health.salus.casework.entity.NoteVisibility;
import jakarta.validation.constraints.NotNull;

/** A progress note: its text, INTERNAL (the team only) or SHARED (the patient sees it too). */
public record NewNote(
    String text,
    @NotNull(message = "{salus.case.visibility.required}") NoteVisibility visibility) {}
