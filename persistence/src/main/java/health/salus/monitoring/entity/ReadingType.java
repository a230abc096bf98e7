package health.salus.monitoring.entity;

import health.salus.shared.entity.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * What a reading measures, with the unit it is stored in, the units a patient may enter it in and
 * the bounds of a plausible value (in the stored unit). {@link #WELLBEING} is the WHO-5 check-in's
 * percentage: it has alerts and an excursion like the others, but is never entered as a reading.
 */
public enum ReadingType {
  BLOOD_PRESSURE_SYSTOLIC("mmHg", 40, 300, 0),
  BLOOD_PRESSURE_DIASTOLIC("mmHg", 20, 200, 0),
  /** Stored in mmol/L; mg/dL is divided by 18.016 (glucose's molar mass, 180.16 g/mol, / 10). */
  BLOOD_GLUCOSE("mmol/L", 0.5, 50, 1),
  WEIGHT("kg", 1, 500, 1),
  HEART_RATE("/min", 20, 300, 0),
  STEPS("steps", 0, 200_000, 0),
  /** The WHO-5 percentage (0..100); alerts at 50 or less. */
  WELLBEING("%", 0, 100, 0);

  /** The unit of blood glucose that is converted to mmol/L. */
  public static final String MG_PER_DL = "mg/dL";

  /** mg/dL per mmol/L of glucose. */
  public static final double GLUCOSE_MG_DL_PER_MMOL_L = 18.016;

  private final String unit;
  private final double min;
  private final double max;
  private final int decimals;

  ReadingType(String unit, double min, double max, int decimals) {
    this.unit = unit;
    this.min = min;
    this.max = max;
    this.decimals = decimals;
  }

  /** The types a patient enters as readings (all but {@link #WELLBEING}). */
  public static List<ReadingType> entered() {
    return Arrays.stream(values()).filter(ReadingType::isEntered).toList();
  }

  public boolean isEntered() {
    return this != WELLBEING;
  }

  /** The unit the value is stored and shown in. */
  public String unit() {
    return unit;
  }

  /** The units a patient may enter a value of this type in: its own, and mg/dL for glucose. */
  public List<String> units() {
    return this == BLOOD_GLUCOSE ? List.of(unit, MG_PER_DL) : List.of(unit);
  }

  public double min() {
    return min;
  }

  public double max() {
    return max;
  }

  /**
   * The value in this type's own unit, rounded to the decimals the type keeps (whole mmHg, beats
   * and steps; one decimal of mmol/L and kg). Refused when the unit is not one of this type's (a
   * rule, 422), or the value is not a finite number or not plausible (bad input, 400).
   */
  public double normalise(double value, String enteredUnit) {
    if (enteredUnit == null || enteredUnit.isBlank()) {
      throw Refusal.invalid("unit", "monitoring.unitRequired", String.join(", ", units()));
    }
    if (!units().contains(enteredUnit.trim())) {
      throw Refusal.rule("monitoring.unitNotForType", name(), String.join(", ", units()));
    }
    if (!Double.isFinite(value)) {
      throw Refusal.invalid("value", "monitoring.valueNotANumber");
    }
    if (this == STEPS && value != Math.rint(value)) {
      throw Refusal.invalid("value", "monitoring.stepsWhole");
    }
    double own = MG_PER_DL.equals(enteredUnit.trim()) ? value / GLUCOSE_MG_DL_PER_MMOL_L : value;
    double rounded = BigDecimal.valueOf(own).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    if (rounded < min || rounded > max) {
      throw Refusal.invalid("value", "monitoring.valueImplausible", name(), min, max, unit);
    }
    return rounded;
  }

  /** Whether a value lies within this type's plausible bounds (for thresholds). */
  public boolean plausible(double value) {
    return Double.isFinite(value) && value >= min && value <= max;
  }
}
