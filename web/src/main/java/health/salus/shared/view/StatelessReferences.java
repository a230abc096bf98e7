package health.salus.shared.view;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessSessionBean;
import jakarta.enterprise.inject.spi.SessionBeanType;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * One reference to each stateless (or dependent singleton) session bean for the whole application,
 * given to every injection point of the web module instead of a new one each time a bean is made.
 *
 * <p>A stateless session bean belongs to CDI's dependent scope, so each request- or view-scoped
 * backing bean that injects one got a new reference, and Payara makes each reference by looking the
 * bean up in JNDI ({@code EjbServicesImpl.resolveEjb}: a new {@code InitialContext} and a lookup):
 * 5 to 7 % of a signed-in page's CPU in JFR. A reference to a stateless bean holds no state of its
 * caller, and the container already shares one between all threads wherever an application-scoped
 * bean injects it; each call still gets a pooled instance, its transaction, its security check and
 * its interceptors.
 *
 * <p>For each such bean this registers an enabled alternative with the same types and qualifiers,
 * in the singleton pseudo-scope, that asks the container for the bean's reference once. Beans of
 * the EJB module inject each other as before (this alternative is not visible there).
 */
public class StatelessReferences implements Extension {

  /** Above the default of applications' own alternatives; Salus has none. */
  static final int PRIORITY = 10;

  private final List<Bean<?>> shareable = new ArrayList<>();

  <T> void sessionBean(@Observes ProcessSessionBean<T> event) {
    SessionBeanType type = event.getSessionBeanType();
    Bean<Object> bean = event.getBean();
    if ((type == SessionBeanType.STATELESS || type == SessionBeanType.SINGLETON)
        && bean.getScope() == Dependent.class) {
      shareable.add(bean);
    }
  }

  void register(@Observes AfterBeanDiscovery event, BeanManager manager) {
    for (Bean<?> bean : shareable) {
      event
          .addBean()
          .beanClass(bean.getBeanClass())
          .types(bean.getTypes())
          .qualifiers(bean.getQualifiers())
          .scope(Singleton.class)
          .alternative(true)
          .priority(PRIORITY)
          .id(StatelessReferences.class.getName() + ":" + bean.getBeanClass().getName())
          .createWith(
              context ->
                  manager.getReference(bean, Object.class, manager.createCreationalContext(bean)));
    }
  }
}
