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

/**
 * Free text a person types (a reason, a supplier's name): see {@link Forms#isText}; null passes.
 */
@Documented
@Constraint(validatedBy = Text.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {
  String message() default
      "must be printable text of at most {max} characters, without control characters, not"
          + " starting with = + - @";

  /** The most characters (code points). */
  int max() default Forms.TEXT_MAX;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check behind the annotation. */
  class Check implements ConstraintValidator<Text, String> {
    private int max;

    @Override
    public void initialize(Text annotation) {
      max = annotation.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Forms.isText(value, max);
    }
  }
}
