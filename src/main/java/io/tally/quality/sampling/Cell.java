package io.tally.quality.sampling;

/**
 * One cell of a master table: a plan (Ac/Re), an arrow to follow, or nothing (the tightened row S
 * holds a plan in one column only).
 */
record Cell(Kind kind, int ac, int re) {
  enum Kind {
    PLAN,
    DOWN,
    UP,
    NONE
  }

  static final Cell DOWN = new Cell(Kind.DOWN, -1, -1);
  static final Cell UP = new Cell(Kind.UP, -1, -1);
  static final Cell NONE = new Cell(Kind.NONE, -1, -1);

  static Cell plan(int ac, int re) {
    return new Cell(Kind.PLAN, ac, re);
  }

  /** Reads the compact form of the tables in code: {@code v}, {@code ^}, {@code -} or Ac/Re. */
  static Cell parse(String token) {
    return switch (token) {
      case "v" -> DOWN;
      case "^" -> UP;
      case "-" -> NONE;
      default -> {
        int slash = token.indexOf('/');
        yield plan(
            Integer.parseInt(token.substring(0, slash)),
            Integer.parseInt(token.substring(slash + 1)));
      }
    };
  }

  /** The cell as the standard prints it: Ac/Re, an arrow or a dash. */
  @Override
  public String toString() {
    return switch (kind) {
      case PLAN -> ac + "/" + re;
      case DOWN -> "↓";
      case UP -> "↑";
      case NONE -> "–";
    };
  }
}
