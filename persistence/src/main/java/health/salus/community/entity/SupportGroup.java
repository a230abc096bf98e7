package health.salus.community.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A condition-based support group run by the provider: its description, rules and visibility. */
@Entity
@Table(name = "support_group")
public class SupportGroup {

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

  protected SupportGroup() {}

  public SupportGroup(
      String name,
      String topic,
      String description,
      String rules,
      GroupVisibility visibility,
      Instant createdAt) {
    this.name = name;
    this.topic = topic;
    this.description = description;
    this.rules = rules;
    this.visibility = visibility;
    this.createdAt = createdAt;
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
}
