package health.salus.education.boundary;

import java.io.Serializable;

/**
 * How a quiz went: right answers ({@code score}) of how many questions, whether that passes (two in
 * three or more) and whether the lesson now counts as completed.
 */
public record QuizResult(int score, int outOf, boolean passed, boolean completed)
    implements Serializable {}
