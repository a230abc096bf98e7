package health.salus.education.boundary;

import java.util.List;

/** A quiz question as the educator writes it, in English and Chinese, with 2..6 options. */
public record QuestionInput(String textEn, String textZh, List<OptionInput> options) {

  /** An option, in both languages; exactly one is correct. */
  public record OptionInput(String textEn, String textZh, boolean correct) {}
}
