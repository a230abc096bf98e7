package health.salus.identity.view;

import health.salus.identity.boundary.AppPasswordService;
import health.salus.identity.boundary.AppPasswordView;
import health.salus.shared.boundary.BusinessException;
import health.salus.shared.view.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One's app passwords for API clients: list, make one (shown once), revoke. */
@Named
@ViewScoped
public class AppPasswordsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AppPasswordService appPasswords;

  private List<AppPasswordView> list;
  private String name;
  private String created;

  @PostConstruct
  void load() {
    list = appPasswords.appPasswords();
  }

  public void create() {
    try {
      created = appPasswords.create(name).password();
      name = null;
      list = appPasswords.appPasswords();
    } catch (BusinessException refused) {
      PageMessages.show(refused, "appPasswords");
    }
  }

  public void revoke(long id) {
    try {
      appPasswords.revoke(id);
    } catch (BusinessException refused) {
      PageMessages.show(refused, "appPasswords");
    }
    created = null;
    list = appPasswords.appPasswords();
  }

  public List<AppPasswordView> getList() {
    return list;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCreated() {
    return created;
  }
}
