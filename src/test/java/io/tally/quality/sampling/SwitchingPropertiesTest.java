package io.tally.quality.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.quality.sampling.InspectionEvent.LotInspected;
import io.tally.quality.sampling.InspectionEvent.NormalReason;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random runs of lots and reports, replayed on the stream and on the independent table-driven model
 * ({@link ReferenceSwitchingModel} with {@link ReferencePlans}): after every step both must agree
 * on refusal, events, severity, discontinuation, switching score and the plan used.
 */
class SwitchingPropertiesTest {
  private static final ReferencePlans PLANS = new ReferencePlans(ReferenceFile.load());

  sealed interface Action {}

  /** A lot; {@code pick} chooses d by kind relative to the model's plan. */
  record Lot(long lotSize, Kind kind, int pick, boolean original) implements Action {}

  record Approve(boolean quality, boolean steady) implements Action {}

  record Irregular() implements Action {}

  record Corrective(boolean quality) implements Action {}

  enum Kind {
    ZERO,
    AT_AC,
    IN_GAP,
    AT_RE,
    ABOVE_RE,
    UP_TO_AC,
    ANY
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void streamAgreesWithTheTableDrivenModelAfterEveryStep(
      @ForAll InspectionLevel level,
      @ForAll("aqls") Aql aql,
      @ForAll("runs") List<Action> actions) {
    InspectionStream stream = new InspectionStream(Streams.KEY, new SamplingScheme(level, aql));
    ReferenceSwitchingModel model = new ReferenceSwitchingModel();
    boolean reachedReduced = false;
    boolean reachedDiscontinued = false;
    for (int step = 0; step < actions.size(); step++) {
      Action action = actions.get(step);
      List<String> expected;
      List<String> actual;
      if (action instanceof Lot lot) {
        ReferencePlans.Plan plan =
            model.discontinued() ? null : PLANS.plan(lot.lotSize(), level, aql, model.severity());
        int d = plan == null ? 0 : nonconforming(lot, plan);
        expected = model.lot(plan, d, lot.original());
        Submission submission = lot.original() ? Submission.ORIGINAL : Submission.RESUBMITTED;
        List<InspectionEvent> events = attempt(() -> stream.inspect(lot.lotSize(), d, submission));
        actual = events == null ? null : Streams.switches(events);
        if (events != null) {
          LotDecision decision = ((LotInspected) events.get(0)).decision();
          assertThat(
                  new ReferencePlans.Plan(
                      decision.letter().name(),
                      decision.planLetter().name(),
                      decision.n(),
                      decision.ac(),
                      decision.re(),
                      plan.tighterAc()))
              .as("plan at step %d of %s", step, actions)
              .isEqualTo(plan);
        }
      } else if (action instanceof Approve approve) {
        expected = model.approveReduced(approve.quality(), approve.steady());
        List<InspectionEvent> events =
            attempt(
                () ->
                    List.of(
                        stream.approveReduced(
                            approve.quality() ? Streams.QUALITY_USER : Streams.OPERATOR,
                            approve.steady() ? ProductionRate.STEADY : ProductionRate.IRREGULAR)));
        actual = events == null ? null : Streams.switches(events);
      } else if (action instanceof Corrective corrective) {
        expected = model.correctiveAction(corrective.quality());
        List<InspectionEvent> events =
            attempt(
                () ->
                    List.of(
                        stream.recordCorrectiveAction(
                            corrective.quality() ? Streams.QUALITY_USER : Streams.OPERATOR,
                            "tooling replaced")));
        actual = events == null ? null : Streams.switches(events);
      } else {
        expected = model.productionIrregular();
        actual = Streams.switches(stream.returnToNormal(NormalReason.PRODUCTION_IRREGULAR));
      }
      String where = "step " + step + " (" + action + ") of " + actions;
      assertThat(actual).as(where).isEqualTo(expected);
      assertThat(stream.severity()).as(where).isEqualTo(model.severity());
      assertThat(stream.isDiscontinued()).as(where).isEqualTo(model.discontinued());
      assertThat(stream.switchingScore()).as(where).isEqualTo(model.score());
      reachedReduced |= stream.severity() == Severity.REDUCED;
      reachedDiscontinued |= stream.isDiscontinued();
    }
    Statistics.label("reached reduced").collect(reachedReduced);
    Statistics.label("reached discontinued").collect(reachedDiscontinued);
    Statistics.label("reached reduced").coverage(c -> c.check(true).percentage(p -> p >= 2.0));
    Statistics.label("reached discontinued").coverage(c -> c.check(true).percentage(p -> p >= 2.0));
  }

  private static int nonconforming(Lot lot, ReferencePlans.Plan plan) {
    return switch (lot.kind()) {
      case ZERO -> 0;
      case AT_AC -> plan.ac();
      case IN_GAP -> plan.ac() + 1 + lot.pick() % (plan.re() - plan.ac());
      case AT_RE -> plan.re();
      case ABOVE_RE -> plan.re() + 1 + lot.pick() % 3;
      case UP_TO_AC -> lot.pick() % (plan.ac() + 1);
      case ANY -> lot.pick() % (plan.re() + 2);
    };
  }

  /** The result, or null when the stream refused the action as its rules require. */
  private static <T> T attempt(Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalStateException refused) {
      return null;
    }
  }

  @Provide
  Arbitrary<Aql> aqls() {
    return Arbitraries.of(Aql.all());
  }

  /** Runs from three regimes: poor, fair and good quality, so that every severity is reached. */
  @Provide
  Arbitrary<List<Action>> runs() {
    return Arbitraries.of(2, 12, 400)
        .flatMap(cleanWeight -> actions(cleanWeight).list().ofMinSize(20).ofMaxSize(150));
  }

  private static Arbitrary<Action> actions(int cleanWeight) {
    Arbitrary<Long> lotSizes =
        Arbitraries.oneOf(
            Arbitraries.longs().between(2, 60), Arbitraries.longs().between(2, 2_000_000));
    Arbitrary<Kind> kinds =
        Arbitraries.frequency(
            net.jqwik.api.Tuple.of(cleanWeight, Kind.ZERO),
            net.jqwik.api.Tuple.of(2, Kind.AT_AC),
            net.jqwik.api.Tuple.of(1, Kind.IN_GAP),
            net.jqwik.api.Tuple.of(2, Kind.AT_RE),
            net.jqwik.api.Tuple.of(1, Kind.ABOVE_RE),
            net.jqwik.api.Tuple.of(3, Kind.UP_TO_AC),
            net.jqwik.api.Tuple.of(2, Kind.ANY));
    Arbitrary<Action> lots =
        Combinators.combine(
                lotSizes,
                kinds,
                Arbitraries.integers().between(0, 1000),
                Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(19, true), net.jqwik.api.Tuple.of(1, false)))
            .as(Lot::new);
    Arbitrary<Boolean> flags = Arbitraries.of(true, true, true, false);
    Arbitrary<Action> approvals = Combinators.combine(flags, flags).as(Approve::new);
    Arbitrary<Action> corrections = flags.map(Corrective::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(40, lots),
        net.jqwik.api.Tuple.of(3, approvals),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Irregular())),
        net.jqwik.api.Tuple.of(2, corrections));
  }
}
