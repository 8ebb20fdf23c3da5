package io.tally.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A day, month or instant in 2000 to 2100, so that no date arithmetic behind a request can
 * overflow; null passes.
 */
@Documented
@Constraint(validatedBy = {Day.OfDate.class, Day.OfMonth.class, Day.OfInstant.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Day {
  String message() default Forms.DAY_RULE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A {@link LocalDate} in the window. */
  class OfDate implements ConstraintValidator<Day, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || Forms.isPlausible(value);
    }
  }

  /** A {@link YearMonth} in the window. */
  class OfMonth implements ConstraintValidator<Day, YearMonth> {
    @Override
    public boolean isValid(YearMonth value, ConstraintValidatorContext context) {
      return value == null || Forms.isPlausible(value.atDay(1));
    }
  }

  /** An {@link Instant} whose UTC day is in the window. */
  class OfInstant implements ConstraintValidator<Day, Instant> {
    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null
          || !value.isBefore(Forms.FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
              && value.isBefore(
                  Forms.LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
  }
}
