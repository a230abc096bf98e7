package health.salus.community.boundary;

import health.salus.community.entity.Membership;
import health.salus.community.entity.SupportGroup;

/**
 * A support group as a caller sees it: {@code member} whether they belong (active), {@code
 * membership} {@code ACTIVE}, {@code PENDING} or null, {@code moderator} whether they moderate it.
 */
public record GroupView(
    long id,
    String name,
    String topic,
    String description,
    String rules,
    String visibility,
    boolean member,
    String membership,
    boolean moderator) {

  static GroupView of(SupportGroup group, Membership membership, boolean moderator) {
    return new GroupView(
        group.getId(),
        group.getName(),
        group.getTopic(),
        group.getDescription(),
        group.getRules(),
        group.getVisibility().name(),
        membership != null && membership.isActive(),
        membership == null ? null : membership.getStatus().name(),
        moderator);
  }
}
