package health.salus.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.identity.entity.Role;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The EJB module declares every role of Salus: a role no annotation names (the services for any
 * signed-in user name none) would otherwise be unknown to the container, and its holders would look
 * signed out to {@link Callers}.
 */
class ModuleRolesTest {

  @Test
  void theModuleDeclaresEveryRole() throws Exception {
    List<String> declared = new ArrayList<>();
    try (InputStream xml =
        ModuleRolesTest.class.getClassLoader().getResourceAsStream("META-INF/ejb-jar.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      NodeList names =
          factory.newDocumentBuilder().parse(xml).getElementsByTagNameNS("*", "role-name");
      for (int i = 0; i < names.getLength(); i++) {
        declared.add(names.item(i).getTextContent().trim());
      }
    }

    assertThat(declared)
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values()).map(Role::name).toList());
  }
}
