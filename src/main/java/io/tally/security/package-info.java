/** Security: users and roles, password hashing, the first admin, second-person approvals. */
package io.tally.security;
