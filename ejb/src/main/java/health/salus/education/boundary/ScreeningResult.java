package health.salus.education.boundary;

import health.salus.education.entity.FormsConfidence;
import health.salus.education.entity.LiteracyLevel;
import java.io.Serializable;
import java.time.Instant;

/** A literacy screen as stored: its answers, its level and when. */
public record ScreeningResult(
    long id,
    LiteracyLevel level,
    Integer helpReading,
    FormsConfidence confidentWithForms,
    Instant answeredAt)
    implements Serializable {}
