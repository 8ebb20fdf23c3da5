package io.tally.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.tally.input.gs1.Scans;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An id a person types (see {@link Forms#isId}) or a scanner sends as a GS1 element string (see
 * {@link Scans#isScan}), which the field's reader then parses, refusing a malformed one with the
 * parser's message; at most 512 characters; null passes.
 */
@Documented
@Constraint(validatedBy = IdOrScan.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IdOrScan {
  String message() default Forms.ID_RULE + ", or a GS1 element string";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check behind the annotation. */
  class Check implements ConstraintValidator<IdOrScan, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null
          || Forms.isId(value)
          || (value.length() <= 512 && !value.isBlank() && Scans.isScan(value));
    }
  }
}
