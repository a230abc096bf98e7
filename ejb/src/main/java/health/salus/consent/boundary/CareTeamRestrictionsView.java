package health.salus.consent.boundary;

import health.salus.consent.entity.ConsentCategory;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** The categories the patient keeps from their care team, in their natural order. */
public record CareTeamRestrictionsView(List<ConsentCategory> categories) implements Serializable {

  static CareTeamRestrictionsView of(Set<ConsentCategory> categories) {
    return new CareTeamRestrictionsView(categories.stream().sorted().toList());
  }

  /** Whether the patient keeps this category from their care team. */
  public boolean restricts(ConsentCategory category) {
    return categories.contains(category);
  }
}
