package io.tally.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  final PasswordPolicy policy = PasswordPolicy.SHIPPED;

  @Test
  void refusesShortCommonNameBearingAndTrivialPasswords() {
    assertThat(policy.refusal("op.one", "short-pw")).hasValueSatisfying(r -> r.contains("12"));
    assertThat(policy.refusal("op.one", "Password1234"))
        .hasValueSatisfying(r -> r.contains("common"));
    assertThat(policy.refusal("op.one", "qwertyuiop12")).isPresent();
    assertThat(policy.refusal("jsmith", "my-JSmith-password"))
        .hasValueSatisfying(r -> r.contains("user name"));
    assertThat(policy.refusal("op.one", "aaaaaaaaaaaa"))
        .hasValueSatisfying(r -> r.contains("pattern"));
    assertThat(policy.refusal("op.one", "abababababab")).isPresent();
    assertThat(policy.refusal("op.one", "123412341234")).isPresent();
    assertThat(policy.refusal("op.one", "abcdefghijklm")).isPresent();
    assertThat(policy.refusal("op.one", "567890123456")).isPresent();
    assertThat(policy.refusal("op.one", "aabbaabbabab")).isPresent();
  }

  @Test
  void admitsALongUnusualPassword() {
    assertThat(policy.refusal("op.one", "brass-Case-primer-41")).isEmpty();
    assertThat(policy.refusal("op.one", "Xk7pQ2mWz9Lt")).isEmpty();
  }
}
