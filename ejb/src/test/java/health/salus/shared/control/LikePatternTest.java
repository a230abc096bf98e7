package health.salus.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

  @Test
  void wildcardsAndTheEscapeCharacterAreMatchedLiterally() {
    assertThat(LikePattern.containing(" Smith ")).isEqualTo("%smith%");
    assertThat(LikePattern.containing("50%")).isEqualTo("%50!%%");
    assertThat(LikePattern.containing("a_b")).isEqualTo("%a!_b%");
    assertThat(LikePattern.containing("wow!")).isEqualTo("%wow!!%");
    assertThat(LikePattern.containing("back\\slash")).isEqualTo("%back\\slash%");
    assertThat(LikePattern.ESCAPE).isEqualTo(" ESCAPE '!'");
  }
}
