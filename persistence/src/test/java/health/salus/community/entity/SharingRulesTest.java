package health.salus.community.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules connections and status updates guard. */
class SharingRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private final UserAccount ann = account("ann", 7L);
  private final UserAccount ben = account("ben", 3L);

  private static UserAccount account(String username, long id) {
    UserAccount account =
        new UserAccount(
            username,
            "x",
            username + "@example.org",
            "Person " + username,
            LocalDate.of(1970, 1, 1),
            Set.of(Role.PATIENT),
            NOW);
    try {
      Field field = UserAccount.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(account, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return account;
  }

  @Test
  void aPairHasOneKeyWhoeverAsks() {
    assertThat(Connection.pairKey(7, 3)).isEqualTo("3:7");
    assertThat(Connection.pairKey(3, 7)).isEqualTo("3:7");
  }

  @Test
  void onlyThePersonAskedAcceptsAndOnlyOnce() {
    assertThatThrownBy(() -> new Connection(ann, ann, NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.RULE));
    Connection asked = new Connection(ann, ben, NOW);
    assertThatThrownBy(() -> asked.accept(ann.getId(), NOW)).isInstanceOf(Refusal.class);
    assertThat(asked.isAccepted()).isFalse();
    asked.accept(ben.getId(), NOW);
    assertThat(asked.isAccepted()).isTrue();
    assertThat(asked.other(ben.getId())).isSameAs(ann);
    assertThatThrownBy(() -> asked.accept(ben.getId(), NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
  }

  @Test
  void anUpdateIsPrivateUntilSharedAndAGroupAudienceNamesItsGroup() {
    StatusUpdate update = new StatusUpdate(ann, "Fine", 3, NOW);
    assertThat(update.getAudience()).isEqualTo(Audience.ONLY_ME);
    assertThatThrownBy(() -> update.shareWith(Audience.GROUP, null, NOW))
        .isInstanceOf(Refusal.class);
    SupportGroup group = new SupportGroup("G", "t", "d", "r", GroupVisibility.OPEN, NOW);
    update.shareWith(Audience.GROUP, group, NOW);
    assertThat(update.getGroup()).isSameAs(group);
    update.shareWith(Audience.CONNECTIONS, group, NOW.plusSeconds(60));
    assertThat(update.getGroup()).as("only a GROUP audience keeps a group").isNull();
    assertThat(update.getEditedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void anUpdateNeedsTextAndAWellbeingLevelInRange() {
    assertThatThrownBy(() -> new StatusUpdate(ann, " ", null, NOW)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> new StatusUpdate(ann, "x", 0, NOW)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> new StatusUpdate(ann, "x", 6, NOW)).isInstanceOf(Refusal.class);
    assertThat(new StatusUpdate(ann, "x", null, NOW).getWellbeing()).isNull();
  }
}
