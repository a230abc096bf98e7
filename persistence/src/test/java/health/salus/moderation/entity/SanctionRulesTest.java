package health.salus.moderation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules sanctions and appeals guard: periods end by themselves, decisions happen once. */
class SanctionRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final Instant UNTIL = NOW.plus(Duration.ofDays(1));

  private static UserAccount account(String name, Role role) {
    return new UserAccount(
        name, "x", name + "@example.org", "A " + name, LocalDate.of(1970, 1, 1), Set.of(role), NOW);
  }

  private final UserAccount member = account("member", Role.PATIENT);
  private final UserAccount moderator = account("moderator", Role.MODERATOR);

  private Sanction sanction(SanctionKind kind, Instant until) {
    return new Sanction(member, null, kind, " Rude ", until, moderator, NOW);
  }

  @Test
  void aSilenceHoldsUntilItsTimeAndNotAtIt() {
    Sanction silence = sanction(SanctionKind.SILENCE, UNTIL);

    assertThat(silence.holdsAt(NOW)).isTrue();
    assertThat(silence.holdsAt(UNTIL.minusMillis(1))).isTrue();
    assertThat(silence.holdsAt(UNTIL)).isFalse();
    assertThat(silence.getReason()).isEqualTo("Rude");
  }

  @Test
  void aWarningHasNoPeriodAndRestrictsNothing() {
    Sanction warning = sanction(SanctionKind.WARN, UNTIL);

    assertThat(warning.getUntil()).isNull();
    assertThat(warning.holdsAt(NOW)).isFalse();
  }

  @Test
  void aPeriodMustEndInTheFutureAndAReasonIsRequired() {
    assertThatThrownBy(() -> sanction(SanctionKind.SUSPEND, NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.RULE));
    assertThatThrownBy(() -> sanction(SanctionKind.SUSPEND, null))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("until"));
    assertThatThrownBy(
            () -> new Sanction(member, null, SanctionKind.WARN, " ", null, moderator, NOW))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("reason"));
  }

  @Test
  void aLiftedSanctionNoLongerHoldsAndIsLiftedOnce() {
    Sanction suspension = sanction(SanctionKind.SUSPEND, UNTIL);

    suspension.lift(moderator, NOW.plusSeconds(60));

    assertThat(suspension.holdsAt(NOW.plusSeconds(61))).isFalse();
    assertThatThrownBy(() -> suspension.lift(moderator, NOW.plusSeconds(120)))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void anAppealIsDecidedOnce() {
    ModerationAction action =
        new ModerationAction(NOW, moderator, ModerationActionKind.HIDE, null, null, member, "Ad");
    Appeal appeal = new Appeal(action, member, "Not an ad", NOW);

    appeal.decide(true, "Fair", moderator, NOW);

    assertThat(appeal.getStatus()).isEqualTo(AppealStatus.UPHELD);
    assertThatThrownBy(() -> appeal.decide(false, "Late", moderator, NOW))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
    assertThatThrownBy(() -> new Appeal(action, member, "", NOW)).isInstanceOf(Refusal.class);
  }
}
