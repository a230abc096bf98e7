package health.salus.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person in the provider's care (patient, NDIS participant, aged-care resident). A patient may
 * have a portal account; one booked by the front desk may not (yet).
 */
@Entity
@Table(name = "patient")
@NamedQuery(
    name = Patient.BY_ACCOUNT,
    query = "SELECT p FROM Patient p WHERE p.account.id = :accountId")
public class Patient {

  public static final String BY_ACCOUNT = "Patient.byAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  // Read when asked: a list's rows (appointments, refill requests, invoices) show the patient's own
  // name, and each eager read of the account was one more statement per patient.
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id")
  private UserAccount account;

  @NotBlank
  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Patient() {}

  public Patient(UserAccount account, String fullName, LocalDate birthDate, Instant createdAt) {
    this.account = account;
    this.fullName = fullName;
    this.birthDate = birthDate;
    this.createdAt = createdAt;
  }

  /** Keeps the record's name and birth date in step with the patient's own profile. */
  public void updateDemographics(String fullName, LocalDate birthDate) {
    this.fullName = fullName;
    this.birthDate = birthDate;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getFullName() {
    return fullName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
