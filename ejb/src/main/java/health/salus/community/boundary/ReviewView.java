package health.salus.community.boundary;

import health.salus.community.entity.ServiceReview;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A review as the caller sees it: the subject ({@code subjectKind} PRACTITIONER or SITE), the
 * rating and text, the author by first name and initial only (a review says who was a patient
 * where), the status and, for the author, the moderator's note; staff's reply if any. {@code mine}:
 * the caller wrote it; {@code mayReply}: the caller may answer it now.
 */
@JsonbNillable
public record ReviewView(
    long id,
    String subjectKind,
    long subjectId,
    String subjectName,
    int rating,
    String body,
    String authorName,
    String status,
    @Schema(nullable = true) String moderationNote,
    Instant createdAt,
    @Schema(nullable = true) Instant editedAt,
    @Schema(nullable = true) String replyBody,
    @Schema(nullable = true) String replyAuthorName,
    @Schema(nullable = true) Instant repliedAt,
    boolean mine,
    boolean mayReply) {

  static ReviewView of(ServiceReview r, boolean mine, boolean mayReply) {
    return new ReviewView(
        r.getId(),
        r.getPractitioner() != null ? "PRACTITIONER" : "SITE",
        r.getPractitioner() != null ? r.getPractitioner().getId() : r.getSite().getId(),
        r.subjectName(),
        r.getRating(),
        r.getBody(),
        shortName(r.getPatient().getFullName()),
        r.getStatus().name(),
        mine ? r.getModerationNote() : null,
        r.getCreatedAt(),
        r.getEditedAt(),
        r.getReplyBody(),
        r.getReplyAuthor() == null ? null : r.getReplyAuthor().getFullName(),
        r.getRepliedAt(),
        mine,
        mayReply);
  }

  /** "Alice Nguyen" as "Alice N."; a single name as it is. */
  static String shortName(String fullName) {
    String[] parts = fullName == null ? new String[0] : fullName.strip().split("\\s+");
    if (parts.length == 0 || parts[0].isEmpty()) {
      return "";
    }
    if (parts.length == 1) {
      return parts[0];
    }
    return parts[0]
        + " "
        + parts[parts.length - 1]
            .codePoints()
            .limit(1)
            .mapToObj(Character::toString)
            .findFirst()
            .orElse("")
        + ".";
  }
}
