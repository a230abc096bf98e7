package health.salus.education.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCountsTest {

  @Test
  void aGroupSmallerThanTheSmallestCountIsNeverBrokenDown() {
    assertThat(SmallCounts.showable(5, 2, 1, 0, 1)).isFalse();
    assertThat(SmallCounts.showable(5, 4, 0, 0, 4)).isFalse();
  }

  @Test
  void oneSmallCountWithholdsTheWholeBreakdown() {
    assertThat(SmallCounts.showable(5, 12, 1, 6, 5)).isFalse();
    assertThat(SmallCounts.showable(5, 12, 4, 8, 0)).isFalse();
  }

  @Test
  void countsOfNoneOrOfEnoughPeopleAreShown() {
    assertThat(SmallCounts.showable(5, 5, 5, 0, 0)).isTrue();
    assertThat(SmallCounts.showable(5, 17, 5, 0, 12)).isTrue();
  }
}
