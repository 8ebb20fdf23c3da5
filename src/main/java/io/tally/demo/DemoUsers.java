package io.tally.demo;

import io.tally.kernel.Actor;
import io.tally.security.Users;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The demo's users, one or two per role, with passwords made here and printed once. */
record DemoUsers(Map<String, String> passwords) {
  static final String PLANNER = "planner";
  static final String OPERATOR = "operator";
  static final String QUALITY = "quality";
  static final String QUALITY_2 = "quality2";
  static final String WAREHOUSE = "warehouse";
  static final String WAREHOUSE_2 = "warehouse2";
  static final String AUDITOR = "auditor";
  static final String ADMIN = "admin";

  private static final Map<String, String> ROLES =
      Map.of(
          PLANNER, "PLANNER",
          OPERATOR, "OPERATOR",
          QUALITY, "QUALITY",
          QUALITY_2, "QUALITY",
          WAREHOUSE, "WAREHOUSE",
          WAREHOUSE_2, "WAREHOUSE",
          AUDITOR, "AUDITOR",
          ADMIN, "ADMIN");

  /**
   * Adds a user per demo role; a name already taken (a second demo with --force) gets the first
   * free numbered variant, so the passwords printed always work.
   */
  static DemoUsers create(Users users, PrintWriter out) {
    Map<String, String> passwords = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    out.println("Demo users (passwords shown once):");
    for (String role :
        List.of(PLANNER, OPERATOR, QUALITY, QUALITY_2, WAREHOUSE, WAREHOUSE_2, AUDITOR, ADMIN)) {
      String name = "demo." + role;
      for (int i = 2; users.exists(name); i++) {
        name = "demo." + role + "." + i;
      }
      String password = randomPassword(20);
      users.add(Actor.SYSTEM, null, new Users.NewUser(name, List.of(ROLES.get(role)), password));
      passwords.put(name, password);
      names.put(role, name);
      out.printf("  %-22s %-10s %s%n", name, ROLES.get(role), password);
    }
    return new DemoUsers(withRoles(names, passwords));
  }

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A password from an alphabet without look-alike characters (as the command line makes). */
  private static String randomPassword(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static Map<String, String> withRoles(Map<String, String> names, Map<String, String> pw) {
    Map<String, String> m = new LinkedHashMap<>(pw);
    names.forEach((role, name) -> m.put("@" + role, name));
    return m;
  }

  String name(String role) {
    return passwords.get("@" + role);
  }

  String password(String role) {
    return passwords.get(name(role));
  }

  Actor actor(String role) {
    return new Actor(name(role));
  }
}
