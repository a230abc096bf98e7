package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.PageSession;
import health.salus.testsupport.PageSession.Answer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page that each demo role's menu and header offer, and the pages the accessibility sweep
 * reaches from them (a case, a booking page), renders with the demo data: 200, the page's own main
 * content, no error page. Over HTTP, without a browser, so it costs seconds: it is how the MariaDB
 * half of the suite renders every page's queries against MariaDB, where the browser classes that
 * look at pages run in the H2 half only (ear/pom.xml, profile it-mariadb).
 */
class MenuPagesRenderIT {

  /** The menu's and the header's links: {@code <a id="menu-..." ... href="...">}. */
  private static final Pattern MENU_LINK =
      Pattern.compile("<a\\s+id=\"menu-[^\"]*\"[^>]*?\\shref=\"([^\"]+)\"");

  private static final Pattern CASE_LINK =
      Pattern.compile("<a\\s+id=\"case-[^\"]*\"[^>]*?\\shref=\"([^\"]+)\"");
  private static final Pattern MY_CASE_LINK =
      Pattern.compile("<a\\s+id=\"my-case-[^\"]*\"[^>]*?\\shref=\"([^\"]+)\"");
  private static final Pattern BOOK_DR_CHEN =
      Pattern.compile("<a\\s+id=\"book-dr\\.chen\"[^>]*?\\shref=\"([^\"]+)\"");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "alice",
        "bob",
        "carol",
        "dr.chen",
        "edu.nguyen",
        "cm.smith",
        "mod.lee",
        "desk.jones",
        "admin"
      })
  void everyPageTheRoleIsOfferedRenders(String username) {
    PageSession session = PageSession.signedIn(username, Api.DEMO_PASSWORD);
    String home = rendered(session, "/home.xhtml");
    Set<String> pages = linked(home, MENU_LINK);
    assertThat(pages).as("pages the menu of %s offers", username).isNotEmpty();
    pages.remove("/home.xhtml");

    List<String> failures = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    for (String page : pages) {
      render(session, page, failures, bodies);
    }
    if (username.equals("cm.smith")) {
      render(session, first("/casework/caseload.xhtml", session, CASE_LINK), failures, bodies);
    }
    if (username.equals("alice")) {
      render(session, "/scheduling/find-practitioner.xhtml", failures, bodies);
      render(
          session,
          first("/scheduling/find-practitioner.xhtml", session, BOOK_DR_CHEN),
          failures,
          bodies);
      render(session, first("/casework/my-cases.xhtml", session, MY_CASE_LINK), failures, bodies);
      render(session, "/messaging/new.xhtml", failures, bodies);
    }
    assertThat(failures).as("pages of %s that did not render", username).isEmpty();
    System.out.printf("%s: %d pages rendered%n", username, bodies.size() + 1);
  }

  private static void render(
      PageSession session, String page, List<String> failures, List<String> bodies) {
    Answer answer = session.get(page);
    if (answer.status() != 200
        || answer.body().contains("data-error-page")
        || !answer.body().contains("<main id=\"content\"")) {
      failures.add(answer.toString());
    } else {
      bodies.add(answer.body());
    }
  }

  private static String rendered(PageSession session, String page) {
    Answer answer = session.get(page);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.body()).as(page).doesNotContain("data-error-page");
    return answer.body();
  }

  /** The first link matching the pattern on the page, as a path of the application. */
  private static String first(String page, PageSession session, Pattern link) {
    Set<String> found = linked(rendered(session, page), link);
    assertThat(found).as("links on %s", page).isNotEmpty();
    return found.iterator().next();
  }

  /** The application paths the matching links lead to, without session ids, in page order. */
  private static Set<String> linked(String html, Pattern link) {
    String contextPath = URI.create(Api.baseUrl()).getPath();
    Set<String> paths = new LinkedHashSet<>();
    Matcher m = link.matcher(html);
    while (m.find()) {
      String href = m.group(1).replace("&amp;", "&").replaceAll(";jsessionid=[^?]*", "");
      if (href.startsWith(contextPath + "/")) {
        paths.add(href.substring(contextPath.length()));
      }
    }
    return paths;
  }
}
