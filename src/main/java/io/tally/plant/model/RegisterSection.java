package io.tally.plant.model;

import java.time.LocalDate;

/** The plant's registers: acceptance acts, stop reasons, customers and stock locations. */
final class RegisterSection {
  private final FieldValues v;

  RegisterSection(FieldValues v) {
    this.v = v;
  }

  AcceptanceAct act(YamlNode n) {
    if (!n.checkMapping(
        "id",
        "covers",
        "signedBy",
        "signedOn",
        "warrantyTerms",
        "warrantyMonths",
        "documentSha256")) {
      return null;
    }
    String id = v.value(n.required("id"), t -> Ids.require(t, "act id"));
    YamlNode covers = n.required("covers");
    StageId stage = null;
    LineId line = null;
    if (!covers.isMissing() && covers.checkMapping("stage", "line")) {
      stage = covers.get("stage").map(s -> v.value(s, StageId::new)).orElse(null);
      line = covers.get("line").map(l -> v.value(l, LineId::new)).orElse(null);
    }
    String signedBy = n.required("signedBy").text();
    LocalDate signedOn = v.value(n.required("signedOn"), LocalDate::parse);
    String terms = n.get("warrantyTerms").map(YamlNode::text).orElse("");
    Integer months = v.nonNegativeInt(n.required("warrantyMonths"));
    String sha = n.required("documentSha256").text();
    if (id == null || signedOn == null || months == null) {
      return null;
    }
    StageId s = stage;
    LineId l = line;
    return v.build(n, () -> new AcceptanceAct(id, s, l, signedBy, signedOn, terms, months, sha));
  }

  StopReason stopReason(YamlNode n) {
    if (!n.checkMapping("code", "name", "category", "failure")) {
      return null;
    }
    String code = v.value(n.required("code"), t -> Ids.require(t, "stop reason code"));
    String name = n.required("name").text();
    StopReason.Category category =
        v.value(
            n.required("category"),
            t -> {
              try {
                return StopReason.Category.valueOf(t.toUpperCase());
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                    "unknown category '" + t + "', expected unplanned, setup or planned");
              }
            });
    Boolean failure =
        n.get("failure")
            .map(
                f ->
                    v.value(
                        f,
                        t -> {
                          if (!t.equals("true") && !t.equals("false")) {
                            throw new IllegalArgumentException("must be true or false, got " + t);
                          }
                          return Boolean.valueOf(t);
                        }))
            .orElse(false);
    if (code == null || name == null || category == null || failure == null) {
      return null;
    }
    boolean isFailure = failure;
    return v.build(n, () -> new StopReason(code, name, category, isFailure));
  }

  Customer customer(YamlNode n) {
    if (!n.checkMapping("id", "name", "kind")) {
      return null;
    }
    CustomerId id = v.value(n.required("id"), CustomerId::new);
    String name = n.required("name").text();
    Customer.Kind kind = v.value(n.required("kind"), Customer.Kind::parse);
    return id == null || name == null || kind == null ? null : new Customer(id, name, kind);
  }

  Location location(YamlNode n) {
    if (!n.checkMapping("code", "type", "licensedMaximum")) {
      return null;
    }
    LocationCode code = v.value(n.required("code"), LocationCode::new);
    Location.Type type = v.value(n.required("type"), Location.Type::parse);
    Long maximum = v.positiveLong(n.required("licensedMaximum"));
    return code == null || type == null || maximum == null
        ? null
        : new Location(code, type, maximum);
  }
}
