package health.salus.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import health.salus.moderation.control.SafetySignals.Identifier;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafetySignalsTest {

  @Test
  void crisisWordsAreFoundAsWholeWordsInAnyCase() {
    assertEquals(
        Optional.of("kill myself"), SafetySignals.crisis("Some days I want to KILL myself."));
    assertEquals(Optional.of("suicide"), SafetySignals.crisis("Thinking about suicide again"));
    assertEquals(Optional.of("self-harm"), SafetySignals.crisis("my self-harm is back"));
  }

  @Test
  void crisisWordsInChineseAreFoundInsideASentence() {
    assertEquals(Optional.of("不想活"), SafetySignals.crisis("我真的不想活了"));
    assertEquals(Optional.of("自杀"), SafetySignals.crisis("最近总想自杀"));
  }

  @Test
  void ordinaryTextAndWordsThatOnlyContainACrisisWordAreNotACrisis() {
    assertEquals(Optional.empty(), SafetySignals.crisis("My sugar was high after dinner."));
    assertEquals(
        Optional.empty(),
        SafetySignals.crisis("The suicides documentary, no: suicideprevention.org"));
    assertEquals(Optional.empty(), SafetySignals.crisis(null));
  }

  @Test
  void australianMobileAndLandlineNumbersAndInternationalOnesAreFound() {
    assertEquals(Set.of(Identifier.PHONE), SafetySignals.identifiers("Text me on 0412 345 678"));
    assertEquals(
        Set.of(Identifier.PHONE), SafetySignals.identifiers("ring (02) 9876 5432 after 5"));
    assertEquals(Set.of(Identifier.PHONE), SafetySignals.identifiers("call +61 412 345 678"));
    assertEquals(Set.of(Identifier.PHONE), SafetySignals.identifiers("US: +1 650-253-0000"));
  }

  @Test
  void numbersThatAreNotPhoneNumbersAreNotFound() {
    assertEquals(Set.of(), SafetySignals.identifiers("My HbA1c went from 8.1 to 6.9 in 2025"));
    assertEquals(Set.of(), SafetySignals.identifiers("Walked 12000 steps, weight 82.5 kg"));
    assertEquals(Set.of(), SafetySignals.identifiers("post 1764763200123 of the test"));
  }

  @Test
  void emailAddressesAreFound() {
    assertEquals(
        Set.of(Identifier.EMAIL),
        SafetySignals.identifiers("write to jo.bloggs+x@example.com.au!"));
    assertEquals(Set.of(), SafetySignals.identifiers("@everyone thanks, see you at 3"));
  }

  @Test
  void medicareNumbersAreFoundOnlyWithTheirCheckDigitRight() {
    // 2123 45670 1: 2*1 + 1*3 + 2*7 + 3*9 + 4*1 + 5*3 + 6*7 + 7*9 = 170, check digit 0
    assertEquals(Set.of(Identifier.MEDICARE), SafetySignals.identifiers("Medicare 2123 45670 1"));
    assertEquals(Set.of(Identifier.MEDICARE), SafetySignals.identifiers("card 2123456701"));
    assertEquals(Set.of(), SafetySignals.identifiers("card 2123 45671 1"));
  }

  @Test
  void severalKindsAreAllNamed() {
    assertTrue(
        SafetySignals.identifiers("me@example.org or 0412 345 678")
            .containsAll(Set.of(Identifier.EMAIL, Identifier.PHONE)));
  }
}
