package health.salus.feedback.boundary;

import health.salus.feedback.entity.ComplaintCategory;
import health.salus.feedback.entity.Severity;

/**
 * Staff's triage: the severity (required), the category (optional: unchanged), a note; with a
 * {@code version}, a complaint changed since it was read at that version is a conflict (409).
 */
public record ComplaintTriage(
    ComplaintCategory category, Severity severity, String note, Long version) {}
