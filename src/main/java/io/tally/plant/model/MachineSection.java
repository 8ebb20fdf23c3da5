package io.tally.plant.model;

import io.tally.plant.model.MachineSource.Kind;
import io.tally.plant.model.MachineSource.Tag;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A line's {@code machine:} section (docs/machines.md). */
final class MachineSection {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(ms|s|m|h)");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern NODE_ID = Pattern.compile("ns=\\d{1,5};[isgb]=[\\x21-\\x7E]{1,200}");
  private static final Pattern NAME = Pattern.compile("[\\x20-\\x7E]{1,200}");
  private final FieldValues v;

  MachineSection(FieldValues v) {
    this.v = v;
  }

  MachineSource machine(YamlNode n) {
    if (n.get("password").isPresent()) {
      n.get("password")
          .get()
          .problem(
              "a secret is never written in the plant file; name the environment variable"
                  + " that holds it with passwordEnv");
    }
    if (!n.checkMapping(
        "kind",
        "url",
        "usernameEnv",
        "passwordEnv",
        "topic",
        "group",
        "edgeNode",
        "device",
        "securityPolicy",
        "securityMode",
        "sampling",
        "tags",
        "states",
        "stopReasons",
        "defaultReason",
        "bookingInterval",
        "plausibilityLimit",
        "microStop",
        "runPolicy")) {
      return null;
    }
    Kind kind = v.value(n.required("kind"), Kind::parse);
    String url = kind == null ? null : v.value(n.required("url"), t -> url(kind, t));
    String userEnv = n.get("usernameEnv").map(e -> v.value(e, MachineSection::env)).orElse(null);
    String passEnv = n.get("passwordEnv").map(e -> v.value(e, MachineSection::env)).orElse(null);
    MachineSource.Address address = kind == null ? null : address(kind, n);
    Map<Tag, String> tags = kind == null ? null : tags(kind, n.required("tags"));
    Map<String, MachineSource.StateMapping> states = states(n.required("states"));
    Map<String, String> reasons = stopReasons(n.get("stopReasons"));
    String defaultReason =
        n.get("defaultReason")
            .map(r -> v.value(r, t -> Ids.require(t, "reason code")))
            .orElse(null);
    Duration interval =
        n.get("bookingInterval")
            .map(d -> v.value(d, t -> duration(t, Duration.ofSeconds(1), Duration.ofHours(1))))
            .orElse(MachineSource.DEFAULT_INTERVAL);
    Long limit =
        n.get("plausibilityLimit").map(v::positiveLong).orElse(MachineSource.DEFAULT_PLAUSIBILITY);
    Duration micro =
        n.get("microStop")
            .map(d -> v.value(d, t -> duration(t, Duration.ZERO, Duration.ofMinutes(10))))
            .orElse(MachineSource.DEFAULT_MICRO_STOP);
    MachineSource.RunPolicy policy =
        n.get("runPolicy")
            .map(p -> v.value(p, MachineSource.RunPolicy::parse))
            .orElse(MachineSource.RunPolicy.PERSON);
    if (kind == null
        || url == null
        || address == null
        || tags == null
        || states == null
        || reasons == null
        || interval == null
        || limit == null
        || micro == null
        || policy == null) {
      return null;
    }
    return v.build(
        n,
        () ->
            new MachineSource(
                kind,
                url,
                userEnv,
                passEnv,
                address,
                tags,
                states,
                reasons,
                defaultReason,
                interval,
                limit,
                micro,
                policy));
  }

  private MachineSource.Address address(Kind kind, YamlNode n) {
    String[] foreign =
        switch (kind) {
          case MQTT -> new String[] {"group", "edgeNode", "device", "securityPolicy", "sampling"};
          case SPARKPLUG -> new String[] {"topic", "securityPolicy", "securityMode", "sampling"};
          case OPCUA -> new String[] {"topic", "group", "edgeNode", "device"};
        };
    for (String f : foreign) {
      n.get(f)
          .ifPresent(x -> x.problem("not a field of a " + kind.name().toLowerCase() + " machine"));
    }
    return switch (kind) {
      case MQTT -> {
        YamlNode t = n.required("topic");
        yield v.value(t, MachineSource.MqttTopic::new);
      }
      case SPARKPLUG -> {
        String group = n.required("group").text();
        String edge = n.required("edgeNode").text();
        String device = n.get("device").map(YamlNode::text).orElse(null);
        yield group == null || edge == null
            ? null
            : v.build(n, () -> new MachineSource.SparkplugDevice(group, edge, device));
      }
      case OPCUA -> {
        String policy = n.get("securityPolicy").map(YamlNode::text).orElse("None");
        String mode = n.get("securityMode").map(YamlNode::text).orElse("None");
        Duration sampling =
            n.get("sampling")
                .map(
                    d ->
                        v.value(d, t -> duration(t, Duration.ofMillis(10), Duration.ofSeconds(60))))
                .orElse(Duration.ofSeconds(1));
        yield policy == null || mode == null || sampling == null
            ? null
            : v.build(n, () -> new MachineSource.OpcUaEndpoint(policy, mode, sampling));
      }
    };
  }

  private Map<Tag, String> tags(Kind kind, YamlNode n) {
    if (n.isMissing()
        || !n.checkMapping(
            java.util.Arrays.stream(Tag.values()).map(Tag::key).toArray(String[]::new))) {
      return null;
    }
    Map<Tag, String> out = new EnumMap<>(Tag.class);
    boolean ok = true;
    for (Tag t : Tag.values()) {
      var node =
          t == Tag.PROCESSED || t == Tag.STATE
              ? java.util.Optional.of(n.required(t.key()))
              : n.get(t.key());
      if (node.isEmpty()) {
        continue;
      }
      String name = v.value(node.get(), text -> tagName(kind, text));
      if (name == null) {
        ok = false;
      } else {
        out.put(t, name);
      }
    }
    return ok ? out : null;
  }

  private Map<String, MachineSource.StateMapping> states(YamlNode n) {
    Map<String, MachineSource.StateMapping> out = new LinkedHashMap<>();
    boolean ok = !n.isMissing();
    for (YamlNode s : n.items()) {
      if (!s.checkMapping("code", "state", "reason")) {
        ok = false;
        continue;
      }
      String code = v.value(s.required("code"), MachineSection::code);
      MachineSource.MachineState state =
          v.value(s.required("state"), MachineSource.MachineState::parse);
      String reason =
          s.get("reason").map(r -> v.value(r, t -> Ids.require(t, "reason code"))).orElse(null);
      MachineSource.StateMapping m =
          code == null || state == null
              ? null
              : v.build(s, () -> new MachineSource.StateMapping(state, reason));
      if (m == null) {
        ok = false;
      } else if (out.put(code, m) != null) {
        s.required("code").problem("state code '" + code + "' is mapped twice");
        ok = false;
      }
    }
    if (ok
        && out.values().stream()
            .noneMatch(m -> m.state() == MachineSource.MachineState.PRODUCING)) {
      n.problem("no state code is mapped to producing");
      ok = false;
    }
    return ok ? out : null;
  }

  private Map<String, String> stopReasons(java.util.Optional<YamlNode> node) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean ok = true;
    for (YamlNode r : node.map(YamlNode::items).orElse(java.util.List.of())) {
      if (!r.checkMapping("id", "reason")) {
        ok = false;
        continue;
      }
      String id = v.value(r.required("id"), MachineSection::code);
      String reason = v.value(r.required("reason"), t -> Ids.require(t, "reason code"));
      if (id == null || reason == null) {
        ok = false;
      } else if (out.put(id, reason) != null) {
        r.required("id").problem("stop reason id '" + id + "' is mapped twice");
        ok = false;
      }
    }
    return ok ? out : null;
  }

  static String url(Kind kind, String text) {
    if (text.contains("@")) {
      throw new IllegalArgumentException(
          "credentials never go in the URL; use usernameEnv and passwordEnv");
    }
    boolean ok =
        switch (kind) {
          case MQTT, SPARKPLUG ->
              text.matches(
                  "(tcp|ssl|ws|wss)://[A-Za-z0-9.\\-\\[\\]:]{1,200}(/[\\x21-\\x7E]{0,200})?");
          case OPCUA ->
              text.matches("opc\\.tcp://[A-Za-z0-9.\\-\\[\\]:]{1,200}(/[\\x21-\\x7E]{0,200})?");
        };
    if (!ok) {
      throw new IllegalArgumentException(
          kind == Kind.OPCUA
              ? "expected opc.tcp://host:port[/path], got '" + text + "'"
              : "expected tcp://, ssl://, ws:// or wss:// host:port, got '" + text + "'");
    }
    return text;
  }

  static String env(String text) {
    if (!MachineSource.ENV.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "expected the name of an environment variable (A-Z, 0-9, '_'), got '" + text + "'");
    }
    return text;
  }

  static String code(String text) {
    if (!CODE.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "a code is 1-64 letters, digits, '_', '.' or '-', got '" + text + "'");
    }
    return text;
  }

  static String tagName(Kind kind, String text) {
    if (kind == Kind.OPCUA && !NODE_ID.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "expected an OPC UA node id such as ns=2;s=L1.Admin.ProdProcessedCount, got '"
              + text
              + "'");
    }
    if (!NAME.matcher(text).matches()) {
      throw new IllegalArgumentException("a tag name is 1-200 printable characters");
    }
    return text;
  }

  /** A duration as {@code 500ms}, {@code 60s}, {@code 5m} or {@code 1h}, within bounds. */
  static Duration duration(String text, Duration min, Duration max) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a duration such as 500ms, 60s, 5m or 1h, got '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    Duration d =
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofHours(n);
        };
    if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "must be from "
              + min.toString().substring(2).toLowerCase()
              + " to "
              + max.toString().substring(2).toLowerCase()
              + ", got "
              + text);
    }
    return d;
  }
}
