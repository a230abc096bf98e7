package health.salus.monitoring.boundary;

import java.util.List;

/** A patient's answers to the five WHO-5 statements, in order, each 0 (at no time) to 5 (all). */
public record WellbeingAnswers(List<Integer> answers) {}
