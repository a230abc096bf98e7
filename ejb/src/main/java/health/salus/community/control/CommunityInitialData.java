package health.salus.community.control;

import health.salus.community.entity.Comment;
import health.salus.community.entity.GroupVisibility;
import health.salus.community.entity.Membership;
import health.salus.community.entity.Post;
import health.salus.community.entity.Reaction;
import health.salus.community.entity.ReactionKind;
import health.salus.community.entity.SupportGroup;
import health.salus.directory.control.DemoPeople;
import health.salus.identity.entity.UserAccount;
import health.salus.moderation.entity.CommentFlag;
import health.salus.moderation.entity.Flag;
import health.salus.moderation.entity.FlagReason;
import health.salus.shared.boundary.InitialDataRequested;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The demo community: four groups (diabetes, heart failure, a Chinese-language diabetes group, and
 * a private dementia carers' circle). alice and bob are established members of the first group
 * (their posts publish at once), mod.lee moderates it, carol is new there, so her first post waits
 * in the review queue; a post and a comment of bob's carry a flag; dr.patel moderates the heart
 * failure group. Seeded in demo mode into an empty group table, after the accounts.
 */
@ApplicationScoped
public class CommunityInitialData {

  private static final String RULES =
      "Be kind. Share your experience, not medical orders: talk to your care team before changing"
          + " treatment. No selling, no advertising. Keep other people's details private.";

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject DemoPeople people;
  @Inject Clock clock;

  void seed(@Observes @Priority(InitialDataRequested.COMMUNITY) InitialDataRequested request) {
    boolean empty =
        em.createQuery("SELECT COUNT(g) FROM SupportGroup g", Long.class).getSingleResult() == 0;
    if (!request.demo() || !empty) {
      return;
    }
    Optional<UserAccount> alice = people.account("alice");
    Optional<UserAccount> bob = people.account("bob");
    Optional<UserAccount> carol = people.account("carol");
    Optional<UserAccount> lee = people.account("mod.lee");
    if (alice.isEmpty() || bob.isEmpty() || carol.isEmpty() || lee.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    SupportGroup diabetes =
        group(
            "Living with diabetes",
            "diabetes",
            "For people with type 1 or type 2 diabetes and their families: everyday tips on food,"
                + " activity, glucose checks and feeling well.",
            GroupVisibility.OPEN,
            now);
    SupportGroup heart =
        group(
            "Heart failure support",
            "heart failure",
            "Living well with heart failure: fluids, salt, breathlessness, medicines and energy.",
            GroupVisibility.OPEN,
            now);
    SupportGroup chinese =
        group("糖尿病互助小组", "diabetes", "用中文交流糖尿病的日常管理：饮食、运动、测血糖和心情。", GroupVisibility.OPEN, now);
    SupportGroup carers =
        group(
            "Dementia carers circle",
            "dementia",
            "A private circle for family carers of people living with dementia. Ask to join; a"
                + " moderator will let you in.",
            GroupVisibility.PRIVATE,
            now);
    Instant start = now.minus(Duration.ofDays(20));
    em.persist(Membership.established(diabetes, alice.get(), false, 6, start));
    em.persist(Membership.established(diabetes, bob.get(), false, 4, start));
    em.persist(Membership.established(diabetes, lee.get(), true, 0, start));
    em.persist(new Membership(diabetes, carol.get(), now.minus(Duration.ofDays(1))));
    em.persist(Membership.established(heart, bob.get(), false, 3, start));
    em.persist(Membership.established(heart, lee.get(), true, 0, start));
    // Staff name a group's own moderators: the cardiologist looks after the heart failure group.
    people
        .account("dr.patel")
        .ifPresent(patel -> em.persist(Membership.established(heart, patel, true, 0, start)));
    em.persist(Membership.established(chinese, lee.get(), true, 0, start));
    em.persist(Membership.established(carers, carol.get(), false, 3, start));
    em.persist(Membership.established(carers, lee.get(), true, 0, start));

    Post hypos =
        post(
            diabetes,
            alice.get(),
            "Night-time hypos: what helped me",
            "I kept waking at 3 am feeling shaky. What helped:\n\n"
                + "- a small snack with some protein before bed\n"
                + "- checking my glucose before sleep for a week and showing my GP\n"
                + "- keeping jelly beans on the bedside table\n\n"
                + "My doctor also changed the time of my evening dose. **Talk to your own care"
                + " team first.**",
            now.minus(Duration.ofDays(12)));
    comment(
        hypos,
        bob.get(),
        "The jelly beans tip is gold. I keep a pack in the car too.",
        now.minus(Duration.ofDays(11)));
    // A comment members flagged: it waits in the review queue with its reason.
    Comment capsules =
        comment(
            hypos,
            bob.get(),
            "My cousin swears by cinnamon capsules instead of tablets at night.",
            now.minus(Duration.ofDays(10)));
    em.persist(
        new CommentFlag(
            capsules,
            alice.get(),
            FlagReason.MISINFORMATION,
            "Please do not swap tablets for capsules",
            now.minus(Duration.ofDays(9))));
    capsules.flagged(3);
    react(hypos, bob.get(), ReactionKind.HELPFUL, now.minus(Duration.ofDays(11)));
    react(hypos, bob.get(), ReactionKind.THANKS, now.minus(Duration.ofDays(11)));
    Post walking =
        post(
            diabetes,
            bob.get(),
            "A walk after dinner",
            "Twenty minutes around the block after dinner brings my evening reading down by about"
                + " 2 mmol/L. Anyone else tried this? Rainy days are the hard part.",
            now.minus(Duration.ofDays(6)));
    comment(
        walking,
        alice.get(),
        "Yes! On rainy days I walk laps of the shopping centre.",
        now.minus(Duration.ofDays(5)));
    react(walking, alice.get(), ReactionKind.HELPFUL, now.minus(Duration.ofDays(5)));
    post(
        diabetes,
        alice.get(),
        "Reading food labels",
        "I look at *carbohydrate per serve*, not sugar alone. The serve size on the pack is often"
            + " smaller than what I actually eat.",
        now.minus(Duration.ofDays(3)));
    Post socks =
        post(
            diabetes,
            bob.get(),
            "Special socks for sore feet",
            "These socks from a shop near me helped my feet a lot. Worth asking your podiatrist"
                + " about seamless socks.",
            now.minus(Duration.ofDays(2)));
    em.persist(
        new Flag(
            socks,
            carol.get(),
            FlagReason.SPAM,
            "Looks like an advert to me",
            now.minus(Duration.ofDays(1))));
    socks.flagged(3);
    Post held =
        post(
            diabetes,
            carol.get(),
            "Meal ideas for Mum",
            "Mum was diagnosed last month. What simple dinners do you cook that keep her numbers"
                + " steady?",
            now.minus(Duration.ofHours(5)));
    held.hold(Post.HELD_NEW_MEMBER);
    post(
        heart,
        bob.get(),
        "Weighing myself every morning",
        "My nurse asked me to weigh every morning after the toilet and before breakfast, and to"
            + " call if I gain 2 kg in two days. It caught a problem early last winter.",
        now.minus(Duration.ofDays(8)));
    post(
        chinese,
        lee.get(),
        "欢迎加入",
        "欢迎大家！请分享您的经验，互相支持。更改治疗前请先咨询您的医护团队。",
        now.minus(Duration.ofDays(15)));
    post(
        chinese,
        lee.get(),
        "饭后散步",
        "晚饭后散步二十分钟，第二天早上的血糖常常低一些。下雨天可以在商场里走。",
        now.minus(Duration.ofDays(7)));
    post(
        carers,
        carol.get(),
        "Sundowning in the late afternoon",
        "Mum gets restless around 4 pm. Closing the curtains early and putting on her old"
            + " records helps a bit. What works for you?",
        now.minus(Duration.ofDays(4)));
  }

  private SupportGroup group(
      String name, String topic, String description, GroupVisibility visibility, Instant now) {
    SupportGroup group =
        new SupportGroup(
            name, topic, description, RULES, visibility, now.minus(Duration.ofDays(30)));
    em.persist(group);
    em.flush(); // ids in the order written: the first group has the lowest id
    return group;
  }

  private Post post(SupportGroup group, UserAccount author, String title, String body, Instant at) {
    Post post = new Post(group, author, title, body, at);
    em.persist(post);
    em.flush();
    return post;
  }

  private Comment comment(Post post, UserAccount author, String body, Instant at) {
    Comment comment = new Comment(post, author, body, at);
    em.persist(comment);
    return comment;
  }

  private void react(Post post, UserAccount account, ReactionKind kind, Instant at) {
    em.persist(new Reaction(post, account, kind, at));
    if (kind == ReactionKind.HELPFUL) {
      post.reactedHelpful();
    }
  }
}
