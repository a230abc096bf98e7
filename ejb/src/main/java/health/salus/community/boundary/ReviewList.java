package health.salus.community.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A practitioner's or site's reviews: the average and count of the published ones ({@code rating}),
 * one page of them newest first ({@code items}, {@code total}, {@code page}, {@code size}), the
 * caller's own review whatever its status ({@code mine}), and whether the caller may write one
 * ({@code mayWrite}: a patient seen there who has not reviewed it yet).
 */
@JsonbNillable
public record ReviewList(
    String subjectKind,
    long subjectId,
    String subjectName,
    ReviewRating rating,
    List<ReviewView> items,
    long total,
    int page,
    int size,
    @Schema(nullable = true) ReviewView mine,
    boolean mayWrite) {}
