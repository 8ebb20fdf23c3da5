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
 * An id a person types (order, lot, location, customer...): see {@link Forms#isId}; null passes.
 */
@Documented
@Constraint(validatedBy = Ident.Check.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Ident {
  String message() default Forms.ID_RULE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check behind the annotation. */
  class Check implements ConstraintValidator<Ident, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Forms.isId(value);
    }
  }
}
