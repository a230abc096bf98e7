package health.salus.directory.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A place where the organisation sees people. Kept in the shared cache: read on every page that
 * shows an appointment's place (the patient's home, the calendar, slot generation) and changed only
 * through this entity, rarely.
 */
@Entity
@Cacheable
@Table(name = "site")
public class Site {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  private String name;

  @Enumerated(EnumType.STRING)
  private SiteKind kind;

  private String street;
  private String suburb;
  private String state;
  private String postcode;
  private String phone;

  @Column(name = "time_zone")
  private String timeZone;

  @Version private long version;

  protected Site() {}

  public Site(
      Organisation organisation,
      String name,
      SiteKind kind,
      String street,
      String suburb,
      String state,
      String postcode,
      String phone,
      String timeZone) {
    this.organisation = organisation;
    this.name = name;
    this.kind = kind;
    this.street = street;
    this.suburb = suburb;
    this.state = state;
    this.postcode = postcode;
    this.phone = phone;
    this.timeZone = timeZone;
  }

  public Long getId() {
    return id;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getName() {
    return name;
  }

  public SiteKind getKind() {
    return kind;
  }

  public String getStreet() {
    return street;
  }

  public String getSuburb() {
    return suburb;
  }

  public String getState() {
    return state;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getPhone() {
    return phone;
  }

  public String getTimeZone() {
    return timeZone;
  }
}
