package io.tally.plant;

import io.tally.ledger.Event;
import io.tally.ledger.EventField;
import io.tally.ledger.EventType;
import io.tally.ledger.OmittedWhenNull;
import io.tally.plant.model.AcceptanceAct;
import io.tally.plant.model.LineId;
import io.tally.plant.model.LineState;
import io.tally.plant.model.PlantDifference;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The facts the plant module records in the ledger (docs/events.md): a plant file loaded, a line's
 * lifecycle move, an acceptance act, and the change control of plant files. Each record's
 * components are its payload's fields, so their names and types are part of every entry's hash.
 */
public sealed interface PlantEvent extends Event {

  /**
   * A plant file the server started on, when it differs from the one loaded last: its lines (whose
   * states it seeds) and acts, and since change control its text, its sampling schemes and how the
   * load was approved ({@code baseline}, {@code approved} by {@code change}, or {@code free} with
   * its {@code differences}). Entries written before a field existed lack it.
   */
  @EventType("PlantFileLoaded")
  record PlantFileLoaded(
      String file,
      String fileSha256,
      String site,
      List<LoadedLine> lines,
      List<Act> acts,
      @OmittedWhenNull @Nullable String text,
      @OmittedWhenNull @Nullable List<SamplingScheme> sampling,
      @OmittedWhenNull @Nullable String approval,
      @OmittedWhenNull @Nullable Long change,
      @OmittedWhenNull @Nullable Reset resetStreams,
      @OmittedWhenNull @Nullable List<Difference> differences)
      implements PlantEvent {}

  /** A line of a loaded file, in the state the file gives it. */
  record LoadedLine(String line, String stage, LineState state) {}

  /** A product's sampling scheme of one nonconformity class, as quality reads it. */
  record SamplingScheme(
      String product, String level, @EventField("class") String nonconformityClass, String aql) {}

  /**
   * The reason to reset inspection streams an approved change carried: the load of an approved file
   * writes the field even when the change gave none (then null), so it is a value of its own.
   */
  record Reset(@Nullable String reason) {}

  /** A signed acceptance act as a loaded file carries it. */
  record Act(
      String id,
      @Nullable String stage,
      @Nullable String line,
      String signedBy,
      LocalDate signedOn,
      @Nullable String warrantyTerms,
      int warrantyMonths,
      String documentSha256) {

    static Act of(AcceptanceAct a) {
      return new Act(
          a.id(),
          a.stage() == null ? null : a.stage().value(),
          a.line() == null ? null : a.line().value(),
          a.signedBy(),
          a.signedOn(),
          a.warrantyTerms(),
          a.warrantyMonths(),
          a.documentSha256());
    }
  }

  /** One difference between two plant files; {@code controlled} ones need an approved change. */
  record Difference(
      String path,
      @EventField("old") @Nullable String oldValue,
      @EventField("new") @Nullable String newValue,
      boolean controlled) {

    static List<Difference> of(List<PlantDifference> differences) {
      return differences.stream()
          .map(d -> new Difference(d.path(), d.oldValue(), d.newValue(), d.controlled()))
          .toList();
    }
  }

  /** A line moved from one lifecycle state to another; the reason may be empty. */
  @EventType("LineStateChanged")
  record LineStateChanged(LineId line, LineState from, LineState to, String reason)
      implements PlantEvent {}

  /** A signed acceptance act recorded for one stage or one line. */
  @EventType("AcceptanceActRecorded")
  record AcceptanceActRecorded(
      String id,
      @Nullable String stage,
      @Nullable String line,
      String signedBy,
      LocalDate signedOn,
      @Nullable String warrantyTerms,
      int warrantyMonths,
      String documentSha256)
      implements PlantEvent {

    static AcceptanceActRecorded of(AcceptanceAct a) {
      Act act = Act.of(a);
      return new AcceptanceActRecorded(
          act.id(),
          act.stage(),
          act.line(),
          act.signedBy(),
          act.signedOn(),
          act.warrantyTerms(),
          act.warrantyMonths(),
          act.documentSha256());
    }

    Act act() {
      return new Act(
          id, stage, line, signedBy, signedOn, warrantyTerms, warrantyMonths, documentSha256);
    }
  }

  /**
   * A plant file proposed: the whole text, its SHA-256 and that of the file the plant ran on, their
   * differences, and why inspection streams should restart (null: they keep their severity).
   */
  @EventType("PlantChangeProposed")
  record PlantChangeProposed(
      String file,
      String proposedSha256,
      String currentSha256,
      List<Difference> differences,
      @Nullable String resetStreams,
      String text)
      implements PlantEvent {}

  /** Proposed change {@code change} approved by a second person, in effect from a day. */
  @EventType("PlantChangeApproved")
  record PlantChangeApproved(long change, String proposedSha256, LocalDate effective)
      implements PlantEvent {}
}
