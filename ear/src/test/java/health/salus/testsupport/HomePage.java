package health.salus.testsupport;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in user's home page over plain HTTP, read part by part: the text of the element with a
 * given id (tags stripped, spaces collapsed) and the links in it.
 */
public final class HomePage {

  private static final Pattern TAG = Pattern.compile("<[^>]+>");
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  private final PageSession session;
  private String html;

  private HomePage(PageSession session) {
    this.session = session;
  }

  /** Signs in on the login form and opens the home page. */
  public static HomePage of(String username, String password) {
    return new HomePage(PageSession.signedIn(username, password)).reload();
  }

  /** Opens the home page again (after the test changed something). */
  public HomePage reload() {
    PageSession.Answer answer = session.get("/home.xhtml");
    if (answer.status() != 200) {
      throw new AssertionError("home page: " + answer);
    }
    html = answer.body();
    return this;
  }

  /** Whether the page has an element with this id. */
  public boolean has(String id) {
    return html.contains("id=\"" + id + "\"");
  }

  /** The text of the element with this id; fails the test when there is none. */
  public String text(String id) {
    return TAG.matcher(element(id))
        .replaceAll(" ")
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replaceAll("\\s+", " ")
        .trim();
  }

  /** The first link in the element with this id, if any. */
  public Optional<String> link(String id) {
    Matcher href = HREF.matcher(element(id));
    return href.find() ? Optional.of(href.group(1).replace("&amp;", "&")) : Optional.empty();
  }

  /** Follows the first link in the element with this id, in this session. */
  public PageSession.Answer open(String id) {
    String href = link(id).orElseThrow(() -> new AssertionError("no link in " + id));
    String root = URI.create(Api.baseUrl()).getPath();
    return get(href.startsWith(root) ? href.substring(root.length()) : href);
  }

  /** A path in the application, in this session. */
  public PageSession.Answer get(String path) {
    return session.get(path);
  }

  /** The page as served. */
  public String html() {
    return html;
  }

  private String element(String id) {
    int at = html.indexOf("id=\"" + id + "\"");
    if (at < 0) {
      throw new AssertionError("no element " + id + " on the home page");
    }
    int open = html.lastIndexOf('<', at);
    Matcher name = Pattern.compile("<(\\w+)").matcher(html.substring(open));
    if (!name.find()) {
      throw new AssertionError("no tag around " + id);
    }
    String tag = name.group(1);
    Pattern both = Pattern.compile("<(/?)" + tag + "\\b[^>]*>");
    Matcher m = both.matcher(html);
    int depth = 0;
    int from = open;
    while (m.find(from)) {
      depth += m.group(1).isEmpty() ? 1 : -1;
      from = m.end();
      if (depth == 0) {
        return html.substring(open, m.end());
      }
    }
    return html.substring(open);
  }
}
