package io.tally.quality.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A second, independent model of the switching rules for the property tests. Where the stream keeps
 * counters, this model keeps the whole history of outcomes since the current severity began and
 * evaluates a table of rules over it: each rule names its severity, its condition on the history,
 * the severity it leads to and the event it yields.
 */
final class ReferenceSwitchingModel {
  /** Outcomes: A accepted, G accepted between Ac and Re, R not accepted. */
  private record Rule(String from, Predicate<List<Character>> when, String to, String event) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "N", h -> last(h) == 'R' && count(tail(h, 5), 'R') >= 2, "T", "SwitchedToTightened"),
          new Rule("T", h -> h.size() >= 5 && count(tail(h, 5), 'A') == 5, "N", "SwitchedToNormal"),
          new Rule("T", h -> count(h, 'R') >= 5, "X", "InspectionDiscontinued"),
          new Rule("R", h -> last(h) == 'R', "N", "SwitchedToNormal"),
          new Rule("R", h -> last(h) == 'G', "N", "SwitchedToNormal"));

  private String severity = "N";
  private final List<Character> history = new ArrayList<>();

  /** Score steps of the lots on normal inspection: 2 or 3, or 0 for a reset. */
  private final List<Integer> scoreSteps = new ArrayList<>();

  Severity severity() {
    return switch (severity) {
      case "N" -> Severity.NORMAL;
      case "R" -> Severity.REDUCED;
      default -> Severity.TIGHTENED;
    };
  }

  boolean discontinued() {
    return severity.equals("X");
  }

  int score() {
    int score = 0;
    for (int step : scoreSteps) {
      score = step == 0 ? 0 : score + step;
    }
    return score;
  }

  /** Returns the switch events, or null when the model refuses the action. */
  List<String> lot(ReferencePlans.Plan plan, int d, boolean original) {
    if (discontinued()) {
      return null;
    }
    if (!original) {
      return List.of();
    }
    char outcome = d <= plan.ac() ? 'A' : (severity.equals("R") && d < plan.re() ? 'G' : 'R');
    if (severity.equals("N")) {
      int step;
      if (outcome != 'A') {
        step = 0;
      } else if (plan.ac() < 2) {
        step = 2;
      } else {
        step = d <= plan.tighterAc() ? 3 : 0;
      }
      scoreSteps.add(step);
    }
    history.add(outcome);
    for (Rule rule : RULES) {
      if (rule.from().equals(severity) && rule.when().test(history)) {
        enter(rule.to());
        return List.of(rule.event());
      }
    }
    return List.of();
  }

  List<String> approveReduced(boolean quality, boolean steady) {
    if (!severity.equals("N") || score() < 30 || !steady || !quality) {
      return null;
    }
    enter("R");
    return List.of("SwitchedToReduced");
  }

  List<String> productionIrregular() {
    if (!severity.equals("R")) {
      return List.of();
    }
    enter("N");
    return List.of("SwitchedToNormal");
  }

  List<String> correctiveAction(boolean quality) {
    if (!discontinued() || !quality) {
      return null;
    }
    enter("T");
    return List.of("InspectionResumed");
  }

  private void enter(String next) {
    // Discontinuation keeps the tightened history; resuming starts afresh like any new severity.
    if (!next.equals("X")) {
      history.clear();
      scoreSteps.clear();
    }
    severity = next;
  }

  private static char last(List<Character> h) {
    return h.get(h.size() - 1);
  }

  private static List<Character> tail(List<Character> h, int k) {
    return h.subList(Math.max(0, h.size() - k), h.size());
  }

  private static long count(List<Character> h, char c) {
    return h.stream().filter(x -> x == c).count();
  }
}
