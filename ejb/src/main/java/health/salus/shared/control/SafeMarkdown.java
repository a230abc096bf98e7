package health.salus.shared.control;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What users write (posts, comments, messages) as HTML that is safe to show: Markdown rendered by
 * CommonMark (raw HTML in the text is escaped, not passed on), then passed through an allow-list
 * sanitiser (OWASP Java HTML Sanitizer) so that no script, event handler, style or {@code
 * javascript:} link reaches a browser even if the renderer let one through. Links open only http,
 * https and mailto addresses and carry {@code rel="nofollow noopener noreferrer"}; images are not
 * allowed (they would load from anywhere, cost bandwidth and track readers). Headings become at
 * most {@code h3}, below the page's own {@code h1} and {@code h2}. Thread-safe.
 */
public final class SafeMarkdown {

  private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "em",
              "strong",
              "del",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "h3",
              "h4",
              "h5",
              "h6")
          .allowElements((name, attributes) -> "h3", "h1", "h2")
          .allowAttributes("start")
          .matching(true, "^[0-9]{1,6}$")
          .onElements("ol")
          .allowElements("a")
          .allowAttributes("href")
          .onElements("a")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .toFactory();

  private SafeMarkdown() {}

  /** The text as sanitised HTML; an empty string for no text. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))).strip();
  }
}
