package health.salus.community.entity;

import health.salus.shared.entity.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A condition-based support group run by the provider: its name, topic (the condition),
 * description, rules and visibility. Staff create and change it; every text is required and bounded
 * (400 on the field otherwise).
 */
@Entity
@Table(name = "support_group")
public class SupportGroup {

  public static final int NAME_MAX = 120;
  public static final int TOPIC_MAX = 80;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int RULES_MAX = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String topic;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private String rules;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GroupVisibility visibility;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected SupportGroup() {}

  public SupportGroup(
      String name,
      String topic,
      String description,
      String rules,
      GroupVisibility visibility,
      Instant createdAt) {
    revise(name, topic, description, rules, visibility);
    this.createdAt = createdAt;
  }

  /** Staff change the group's details; the same checks as a new group's. */
  public void revise(
      String name, String topic, String description, String rules, GroupVisibility visibility) {
    String checkedName = Post.text("name", name, NAME_MAX);
    String checkedTopic = Post.text("topic", topic, TOPIC_MAX);
    String checkedDescription = Post.text("description", description, DESCRIPTION_MAX);
    String checkedRules = Post.text("rules", rules, RULES_MAX);
    if (visibility == null) {
      throw Refusal.invalid("visibility", "community.visibilityUnknown");
    }
    this.name = checkedName;
    this.topic = checkedTopic;
    this.description = checkedDescription;
    this.rules = checkedRules;
    this.visibility = visibility;
  }

  public boolean isOpen() {
    return visibility == GroupVisibility.OPEN;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getTopic() {
    return topic;
  }

  public String getDescription() {
    return description;
  }

  public String getRules() {
    return rules;
  }

  public GroupVisibility getVisibility() {
    return visibility;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
