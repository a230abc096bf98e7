package health.salus.directory.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;

/** The provider that runs Salus: a hospital, clinic, aged-care home or NDIS provider. */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank private String name;
  private String abn;
  private String phone;
  private String email;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String name, String abn, String phone, String email) {
    this.name = name;
    this.abn = abn;
    this.phone = phone;
    this.email = email;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getAbn() {
    return abn;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }
}
