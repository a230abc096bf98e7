package health.salus.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

  @Test
  void rendersTheMarkdownPeopleWrite() {
    String html = SafeMarkdown.toHtml("# Tips\n\nWalk **every** day, _slowly_.\n\n- water\n- rest");

    assertThat(html)
        .contains("<h3>Tips</h3>")
        .contains("<strong>every</strong>")
        .contains("<em>slowly</em>")
        .contains("<li>water</li>");
  }

  @Test
  void linksOnlyToWebAndMailAddressesAndNeverPassesReferrerOrOpener() {
    String html =
        SafeMarkdown.toHtml("See [the guide](https://example.org/diabetes) or www.example.org");

    assertThat(html)
        .contains("href=\"https://example.org/diabetes\"")
        .contains("rel=\"nofollow noopener noreferrer\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "![x](https://evil.example/track.png)",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "[x](https://example.org \"\\\" onmouseover=alert(1) \\\"\")",
        "<<script>script>alert(1)<</script>/script>",
        "`<script>`",
      })
  void noScriptHandlerStyleFrameImageOrJavascriptLinkSurvives(String payload) {
    String html = SafeMarkdown.toHtml(payload).toLowerCase();

    // What the user typed may stay as inert text (escaped); no tag may carry it out.
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<svg")
        .doesNotContain("<iframe")
        .doesNotContainPattern("<[a-z0-9]+[^>]*\\s(on[a-z]+|style|src)=")
        .doesNotContainPattern("href=\"(?!https?:|mailto:)");
  }

  @Test
  void noTextIsNoHtml() {
    assertThat(SafeMarkdown.toHtml(null)).isEmpty();
    assertThat(SafeMarkdown.toHtml("  ")).isEmpty();
  }
}
