/** Security: users and roles, password hashing, the first admin, second-person approvals. */
@NullMarked
package io.tally.security;

import org.jspecify.annotations.NullMarked;
