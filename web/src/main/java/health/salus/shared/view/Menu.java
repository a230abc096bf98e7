package health.salus.shared.view;

import health.salus.identity.entity.Role;
import health.salus.identity.view.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout's menu for the signed-in user: the entries their roles show ({@link MenuItem}), worked
 * out once for each set of roles (at most one list for each of the 256 sets). The layout renders
 * them with one repeat: built as two components on every page, where the entries written out with a
 * {@code c:if} for each group of roles made some twenty.
 */
@Named
@ApplicationScoped
public class Menu {

  @Inject CurrentUser currentUser;

  private final Map<Set<Role>, List<MenuItem>> byRoles = new ConcurrentHashMap<>();

  /** The entries the signed-in user's roles show, in the menu's order; none for visitors. */
  public List<MenuItem> getItems() {
    return byRoles.computeIfAbsent(Set.copyOf(currentUser.getRoles()), MenuItem::shownTo);
  }
}
