package health.salus.directory.entity;

import health.salus.identity.entity.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A clinician, educator or care coordinator whom patients can see or be referred to. */
@Entity
@Table(name = "practitioner")
@NamedQuery(
    name = Practitioner.ALL,
    query = "SELECT p FROM Practitioner p JOIN FETCH p.account ORDER BY p.account.fullName")
@NamedQuery(
    name = Practitioner.BY_ACCOUNT,
    query = "SELECT p FROM Practitioner p WHERE p.account.id = :accountId")
public class Practitioner {

  public static final String ALL = "Practitioner.all";
  public static final String BY_ACCOUNT = "Practitioner.byAccount";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "account_id")
  private UserAccount account;

  private String profession;
  private String specialty;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  private String biography;

  @Version private long version;

  protected Practitioner() {}

  public Practitioner(
      UserAccount account, String profession, String specialty, Site site, String biography) {
    this.account = account;
    this.profession = profession;
    this.specialty = specialty;
    this.site = site;
    this.biography = biography;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getAccount() {
    return account;
  }

  public String getProfession() {
    return profession;
  }

  public String getSpecialty() {
    return specialty;
  }

  public Site getSite() {
    return site;
  }

  public String getBiography() {
    return biography;
  }
}
