package health.salus.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.moderation.control.WatchedWordMatcher.Match;
import health.salus.moderation.control.WatchedWordMatcher.Term;
import health.salus.moderation.entity.WatchedWordAction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatchedWordMatcherTest {

  private static Optional<Match> find(String text, String... terms) {
    return WatchedWordMatcher.strongest(
        text,
        java.util.Arrays.stream(terms).map(t -> new Term(t, WatchedWordAction.HOLD)).toList());
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(find("cheap viagra here", "viagra")).isPresent();
    assertThat(find("viagra", "viagra")).isPresent();
    assertThat(find("viagra, anyone?", "viagra")).isPresent();
    assertThat(find("notviagra here", "viagra")).isEmpty();
    assertThat(find("viagras", "viagra")).isEmpty();
    assertThat(find("I feel classy", "ass")).isEmpty();
    assertThat(find("what an ass.", "ass")).isPresent();
    assertThat(find("a later viagra and notviagra", "viagra")).isPresent();
  }

  @Test
  void ignoresCaseAndWidthAndSpacing() {
    assertThat(find("Buy VIAGRA now", "viagra")).isPresent();
    assertThat(find("ＶＩＡＧＲＡ", "viagra")).as("full-width letters").isPresent();
    assertThat(find("BUY   cheap\nmeds", "buy cheap meds")).isPresent();
    assertThat(find("Buy cheap pills", "BUY CHEAP")).isPresent();
  }

  @Test
  void matchesChineseBySubstring() {
    assertThat(find("这里可以代购处方药哦", "代购")).isPresent();
    assertThat(find("我今天血糖很好", "代购")).isEmpty();
    assertThat(find("买viagra吧", "viagra"))
        .as("Chinese beside a Latin word is a boundary")
        .isPresent();
  }

  @Test
  void hostileTermsAreMatchedAsTheirOwnTextAndNeverBreakMatching() {
    List<String> hostile = List.of("a.*b", "(", "\\", "[", "*", "+?", "$1", "\\E", ".*", "^", "|");
    for (String term : hostile) {
      assertThat(find("a long quiet text about nothing", term)).as(term).isEmpty();
    }
    assertThat(find("axxb", "a.*b")).isEmpty();
    assertThat(find("see a.*b here", "a.*b")).isPresent();
    assertThat(find("an ( opens", "(")).isPresent();
    assertThat(find("back\\slash", "\\")).isPresent();
    assertThat(find("cheap viagra", "(", "\\", "viagra")).map(Match::term).contains("viagra");
  }

  @Test
  void emptyTermsAndTextsMatchNothing() {
    assertThat(find("anything", "", "   ")).isEmpty();
    assertThat(find("", "viagra")).isEmpty();
    assertThat(find(null, "viagra")).isEmpty();
  }

  @Test
  void theStrongestActionWins() {
    List<Term> terms =
        List.of(
            new Term("spam", WatchedWordAction.FLAG),
            new Term("viagra", WatchedWordAction.HOLD),
            new Term("kill you", WatchedWordAction.BLOCK));
    assertThat(WatchedWordMatcher.strongest("spam viagra", terms))
        .contains(new Match("viagra", WatchedWordAction.HOLD));
    assertThat(WatchedWordMatcher.strongest("spam and I will kill you, viagra", terms))
        .contains(new Match("kill you", WatchedWordAction.BLOCK));
    assertThat(WatchedWordMatcher.strongest("just spam", terms))
        .contains(new Match("spam", WatchedWordAction.FLAG));
  }
}
