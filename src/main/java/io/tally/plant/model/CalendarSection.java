package io.tally.plant.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The calendars section: shifts, working days, holidays, standard year, maintenance. */
final class CalendarSection {
  private final FieldValues v;

  CalendarSection(FieldValues v) {
    this.v = v;
  }

  WorkCalendar calendar(YamlNode n) {
    if (!n.checkMapping(
        "id", "name", "shifts", "workingDays", "holidays", "standardYear", "maintenance")) {
      return null;
    }
    CalendarId id = v.value(n.required("id"), CalendarId::new);
    String name = n.get("name").map(YamlNode::text).orElse(id == null ? "" : id.value());
    List<Shift> shifts = v.list(n.required("shifts"), this::shift);
    for (int i = 0; i < shifts.size(); i++) {
      for (int j = i + 1; j < shifts.size(); j++) {
        if (shifts.get(i).overlaps(shifts.get(j))) {
          n.problem(
              "shifts '" + shifts.get(i).name() + "' and '" + shifts.get(j).name() + "' overlap");
        }
      }
    }
    Set<DayOfWeek> days =
        new HashSet<>(v.list(n.required("workingDays"), d -> v.value(d, PlantFileReader::day)));
    Set<LocalDate> holidays =
        new HashSet<>(v.list(n.get("holidays"), d -> v.value(d, LocalDate::parse)));
    Integer standardDays = null;
    YamlNode year = n.required("standardYear");
    if (!year.isMissing() && year.checkMapping("workingDays")) {
      standardDays =
          v.value(
              year.required("workingDays"),
              t -> {
                int v = Integer.parseInt(t);
                if (v < 0 || v > 366) {
                  throw new IllegalArgumentException("must be 0 to 366, got " + t);
                }
                return v;
              });
    }
    List<MaintenanceWindow> maintenance = v.list(n.get("maintenance"), this::maintenance);
    if (id == null || standardDays == null) {
      return null;
    }
    int sd = standardDays;
    return v.build(n, () -> new WorkCalendar(id, name, shifts, days, holidays, sd, maintenance));
  }

  Shift shift(YamlNode n) {
    if (!n.checkMapping("name", "start", "end")) {
      return null;
    }
    String name = n.required("name").text();
    LocalTime start = v.value(n.required("start"), LocalTime::parse);
    LocalTime end = v.value(n.required("end"), LocalTime::parse);
    return start == null || end == null ? null : v.build(n, () -> new Shift(name, start, end));
  }

  MaintenanceWindow maintenance(YamlNode n) {
    if (!n.checkMapping("lines", "start", "end", "reason")) {
      return null;
    }
    List<LineId> lines = v.list(n.get("lines"), l -> v.value(l, LineId::new));
    LocalDateTime start = v.value(n.required("start"), LocalDateTime::parse);
    LocalDateTime end = v.value(n.required("end"), LocalDateTime::parse);
    String reason = n.get("reason").map(YamlNode::text).orElse("");
    if (start == null || end == null) {
      return null;
    }
    return v.build(n, () -> new MaintenanceWindow(lines, start, end, reason));
  }
}
