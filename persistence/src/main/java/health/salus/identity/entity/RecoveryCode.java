package health.salus.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time recovery code of an account with multi-factor sign-in: signs in once in place of a
 * code from the authenticator app. Only a SHA-256 of the code is kept (the codes are long random
 * values, shown once).
 */
@Entity
@Table(name = "mfa_recovery_code")
@NamedQuery(
    name = RecoveryCode.UNUSED_BY_HASH,
    query =
        "SELECT c FROM RecoveryCode c WHERE c.accountId = :accountId AND c.codeHash = :hash"
            + " AND c.usedAt IS NULL")
@NamedQuery(
    name = RecoveryCode.COUNT_UNUSED,
    query =
        "SELECT COUNT(c) FROM RecoveryCode c WHERE c.accountId = :accountId AND c.usedAt IS NULL")
@NamedQuery(
    name = RecoveryCode.DELETE_OF_ACCOUNT,
    query = "DELETE FROM RecoveryCode c WHERE c.accountId = :accountId")
public class RecoveryCode {

  public static final String UNUSED_BY_HASH = "RecoveryCode.unusedByHash";
  public static final String COUNT_UNUSED = "RecoveryCode.countUnused";
  public static final String DELETE_OF_ACCOUNT = "RecoveryCode.deleteOfAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RecoveryCode() {}

  public RecoveryCode(UserAccount account, String codeHash) {
    this.accountId = account.getId();
    this.codeHash = codeHash;
  }

  /** Uses the code up; false when it was used already. */
  public boolean use(Instant now) {
    if (usedAt != null) {
      return false;
    }
    usedAt = now;
    return true;
  }

  public Long getId() {
    return id;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
