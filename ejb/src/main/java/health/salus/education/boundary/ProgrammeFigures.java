package health.salus.education.boundary;

import java.io.Serializable;

/**
 * How a programme is used, in counts only (never whose): patients enrolled, still active and
 * completed, lessons completed, and the latest literacy screens of those enrolled (limited,
 * adequate, none taken).
 */
public record ProgrammeFigures(
    long programmeId,
    String title,
    long enrolled,
    long active,
    long completed,
    long lessonsCompleted,
    long literacyLimited,
    long literacyAdequate,
    long literacyUnknown)
    implements Serializable {}
