package health.salus.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A named password for an API client of one account (a script, an app), made by the account's owner
 * and revocable on its own. For an account with multi-factor sign-in it is the only way onto the
 * API. Only a SHA-256 of it is kept: it is a long random value, shown once.
 */
@Entity
@Table(name = "app_password")
@NamedQuery(
    name = AppPassword.OF_ACCOUNT,
    query = "SELECT p FROM AppPassword p WHERE p.accountId = :accountId ORDER BY p.createdAt, p.id")
@NamedQuery(
    name = AppPassword.BY_HASH,
    query = "SELECT p FROM AppPassword p WHERE p.accountId = :accountId AND p.secretHash = :hash")
public class AppPassword {

  public static final String OF_ACCOUNT = "AppPassword.ofAccount";
  public static final String BY_HASH = "AppPassword.byHash";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @NotBlank
  @Size(max = 64)
  @Column(nullable = false, length = 64)
  private String name;

  @Column(name = "secret_hash", nullable = false, length = 64)
  private String secretHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AppPassword() {}

  public AppPassword(UserAccount account, String name, String secretHash, Instant createdAt) {
    this.accountId = account.getId();
    this.name = name == null ? null : name.trim();
    this.secretHash = secretHash;
    this.createdAt = createdAt;
  }

  public boolean belongsTo(UserAccount account) {
    return accountId.equals(account.getId());
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
