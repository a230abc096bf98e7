package health.salus.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The sign-in policy the administrator sets (one row): whether accounts with a staff or
 * administrator role must use multi-factor sign-in. Off until switched on.
 */
@Entity
@Table(name = "security_policy")
public class SecurityPolicy {

  /** The id of the one row. */
  public static final int THE_POLICY = 1;

  @Id private Integer id;

  @Column(name = "mfa_required_for_staff")
  private boolean mfaRequiredForStaff;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "changed_by")
  private String changedBy;

  @Version private long version;

  protected SecurityPolicy() {}

  /** Sets the rule; returns whether it changed. */
  public boolean requireMfaForStaff(boolean required, String by, Instant now) {
    if (required == mfaRequiredForStaff) {
      return false;
    }
    this.mfaRequiredForStaff = required;
    this.changedBy = by;
    this.changedAt = now;
    return true;
  }

  /**
   * Whether an account with these roles must use multi-factor sign-in: any role but PATIENT and
   * CARER (staff of the provider and administrators), while the rule is on.
   */
  public static boolean appliesTo(boolean required, Iterable<Role> roles) {
    if (!required) {
      return false;
    }
    for (Role role : roles) {
      if (role != Role.PATIENT && role != Role.CARER) {
        return true;
      }
    }
    return false;
  }

  public boolean isMfaRequiredForStaff() {
    return mfaRequiredForStaff;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public long getVersion() {
    return version;
  }
}
