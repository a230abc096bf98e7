package health.salus.community.boundary;

import java.util.List;

/**
 * A status update as its author writes it: Markdown {@code text}, an optional {@code wellbeing}
 * level (1 very poor to 5 very good), and who sees it ({@link AudienceChoice}); without an audience
 * only the author does.
 */
public record NewStatusUpdate(
    String text, Integer wellbeing, String audience, List<String> chosenUsernames, Long groupId) {

  AudienceChoice audienceChoice() {
    return new AudienceChoice(audience, chosenUsernames, groupId);
  }
}
