package io.tally.plant;

import io.tally.plant.model.AcceptanceAct;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ledger event types of the plant module and how an act is written into a payload. */
final class PlantEvents {
  static final String PLANT_FILE_LOADED = "PlantFileLoaded";
  static final String LINE_STATE_CHANGED = "LineStateChanged";
  static final String ACCEPTANCE_ACT_RECORDED = "AcceptanceActRecorded";

  private PlantEvents() {}

  static Map<String, Object> actFields(AcceptanceAct a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("stage", a.stage() == null ? null : a.stage().value());
    m.put("line", a.line() == null ? null : a.line().value());
    m.put("signedBy", a.signedBy());
    m.put("signedOn", a.signedOn().toString());
    m.put("warrantyTerms", a.warrantyTerms());
    m.put("warrantyMonths", a.warrantyMonths());
    m.put("documentSha256", a.documentSha256());
    return m;
  }
}
