package health.salus.community.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules posts and memberships guard: flags, moderation steps, trust. */
class PostRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private final UserAccount author =
      new UserAccount(
          "author",
          "x",
          "a@example.org",
          "An Author",
          LocalDate.of(1970, 1, 1),
          Set.of(Role.PATIENT),
          NOW);
  private final SupportGroup open =
      new SupportGroup("Open", "topic", "about", "rules", GroupVisibility.OPEN, NOW);

  private Post post() {
    return new Post(open, author, "Title", "Body", NOW);
  }

  @Test
  void thePostIsHiddenAtTheThresholdOfOpenFlagsNotBefore() {
    Post post = post();

    assertThat(post.flagged(3)).isFalse();
    assertThat(post.flagged(3)).isFalse();
    assertThat(post.getStatus()).isEqualTo(PostStatus.PUBLISHED);
    assertThat(post.isNeedsReview()).isTrue();
    assertThat(post.flagged(3)).isTrue();

    assertThat(post.getStatus()).isEqualTo(PostStatus.HIDDEN);
    assertThat(post.getHeldReason()).isEqualTo(Post.HIDDEN_BY_FLAGS);
  }

  @Test
  void moderationStepsFollowTheStatus() {
    Post post = post();
    assertThatThrownBy(() -> post.approve("ok")).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> post.restore("ok")).isInstanceOf(Refusal.class);
    post.hide("off topic");
    assertThat(post.getModerationNote()).isEqualTo("off topic");
    assertThatThrownBy(() -> post.hide("again")).isInstanceOf(Refusal.class);
    post.restore("looked again");
    assertThat(post.getStatus()).isEqualTo(PostStatus.PUBLISHED);
    post.remove("spam");
    assertThatThrownBy(() -> post.remove("again")).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> post.edit("New", "Text", NOW)).isInstanceOf(Refusal.class);
  }

  @Test
  void aHeldPostIsSeenByItsAuthorOnly() {
    Post post = post();
    post.hold(Post.HELD_NEW_MEMBER);

    assertThat(post.visibleTo(null)).isFalse();
    assertThat(post.visibleTo(999L)).isFalse();
    post.approve("fine");
    assertThat(post.visibleTo(999L)).isTrue();
    assertThat(post.isNeedsReview()).isFalse();
  }

  @Test
  void aNewMemberIsTrustedAfterTwoApprovedPostsAndAPrivateGroupWaits() {
    Membership member = new Membership(open, author, NOW);
    assertThat(member.isActive()).isTrue();
    assertThat(member.isTrusted()).isFalse();
    member.postApproved();
    assertThat(member.isTrusted()).isFalse();
    member.postApproved();
    assertThat(member.isTrusted()).isTrue();
    member.flagUpheld();
    member.flagUpheld();
    assertThat(member.isTrusted()).as("upheld flags take trust away").isFalse();

    SupportGroup closed =
        new SupportGroup("Closed", "topic", "about", "rules", GroupVisibility.PRIVATE, NOW);
    Membership waiting = new Membership(closed, author, NOW);
    assertThat(waiting.isActive()).isFalse();
    waiting.approve();
    assertThat(waiting.isActive()).isTrue();
  }

  @Test
  void titleAndBodyAreRequiredAndBounded() {
    assertThatThrownBy(() -> new Post(open, author, " ", "Body", NOW))
        .isInstanceOf(Refusal.class)
        .extracting(r -> ((Refusal) r).field())
        .isEqualTo("title");
    assertThatThrownBy(() -> new Post(open, author, "T", "x".repeat(Post.BODY_MAX + 1), NOW))
        .isInstanceOf(Refusal.class);
  }
}
