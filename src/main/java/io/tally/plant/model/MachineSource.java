package io.tally.plant.model;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a line's machine reports its counters and states (the line's {@code machine:} section, see
 * docs/machines.md): the transport and how to reach it, which tag is which PackTag, how its state
 * codes and stop reason ids map to Tally's, and how often and how carefully its counters are
 * booked. Secrets are never here: only the names of the environment variables that hold them.
 */
public record MachineSource(
    Kind kind,
    String url,
    @Nullable String usernameEnv,
    @Nullable String passwordEnv,
    Address address,
    Map<Tag, String> tags,
    Map<String, StateMapping> states,
    Map<String, String> stopReasons,
    @Nullable String defaultReason,
    Duration bookingInterval,
    long plausibilityLimit,
    Duration microStop,
    RunPolicy runPolicy) {

  static final Pattern ENV = Pattern.compile("[A-Z_][A-Z0-9_]{0,63}");
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
  public static final long DEFAULT_PLAUSIBILITY = 100_000;
  public static final Duration DEFAULT_MICRO_STOP = Duration.ofSeconds(30);

  public MachineSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(address, "address");
    tags = Map.copyOf(tags);
    states = Map.copyOf(states);
    stopReasons = Map.copyOf(stopReasons);
    if (!tags.containsKey(Tag.PROCESSED) || !tags.containsKey(Tag.STATE)) {
      throw new IllegalArgumentException("tags needs at least processed and state");
    }
    if (usernameEnv != null && !ENV.matcher(usernameEnv).matches()
        || passwordEnv != null && !ENV.matcher(passwordEnv).matches()) {
      throw new IllegalArgumentException("an environment variable name is A-Z, 0-9 and '_'");
    }
    if (plausibilityLimit < 1 || plausibilityLimit > 10_000_000) {
      throw new IllegalArgumentException("plausibilityLimit must be 1 to 10,000,000");
    }
  }

  /** The state a machine's state code stands for; unmapped codes are unknown (not booked). */
  public Optional<StateMapping> state(String code) {
    return Optional.ofNullable(states.get(code));
  }

  /**
   * The plant's stop reason for a stop in state {@code mapping} with machine stop reason id {@code
   * stopReasonId} (null when the machine names none): the state's own reason, else the mapped id,
   * else the default reason; empty when none applies.
   */
  public Optional<String> reasonFor(StateMapping mapping, @Nullable String stopReasonId) {
    if (mapping.reason() != null) {
      return Optional.of(mapping.reason());
    }
    if (stopReasonId != null && stopReasons.containsKey(stopReasonId)) {
      return Optional.of(stopReasons.get(stopReasonId));
    }
    return Optional.ofNullable(defaultReason);
  }

  /** How Tally reaches the machine. */
  public enum Kind {
    /** Plain MQTT, one JSON object per message on a topic. */
    MQTT,
    /** Sparkplug B 3.0 on MQTT. */
    SPARKPLUG,
    /** An OPC UA server (IEC 62541). */
    OPCUA;

    public static Kind parse(String text) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(text)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "unknown machine kind '" + text + "', expected mqtt, sparkplug or opcua");
    }
  }

  /** The PackTags Tally reads; processed and state are required. */
  public enum Tag {
    PROCESSED("processed"),
    DEFECTIVE("defective"),
    STATE("state"),
    STOP_REASON("stopReason"),
    SPEED("speed");

    private final String key;

    Tag(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public static Optional<Tag> of(String key) {
      for (Tag t : values()) {
        if (t.key.equals(key)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  /** Tally's view of what a machine is doing. */
  public enum MachineState {
    PRODUCING,
    STOPPED,
    CHANGEOVER,
    IDLE,
    OFF;

    public static MachineState parse(String text) {
      for (MachineState s : values()) {
        if (s.name().equalsIgnoreCase(text)) {
          return s;
        }
      }
      throw new IllegalArgumentException(
          "unknown state '" + text + "', expected producing, stopped, changeover, idle or off");
    }
  }

  /** A machine state code's meaning, with the plant's stop reason it books, if it names one. */
  public record StateMapping(MachineState state, @Nullable String reason) {
    public StateMapping {
      Objects.requireNonNull(state, "state");
      if (state == MachineState.PRODUCING && reason != null) {
        throw new IllegalArgumentException("a producing state has no stop reason");
      }
      if (state == MachineState.CHANGEOVER && reason == null) {
        throw new IllegalArgumentException("a changeover state needs its reason code (a setup)");
      }
    }

    /** True when Tally books a stop while the machine is in this state. */
    public boolean stops(boolean hasReason) {
      return switch (state) {
        case PRODUCING -> false;
        case STOPPED, CHANGEOVER -> true;
        case IDLE, OFF -> hasReason;
      };
    }
  }

  /** Whether counts wait for a person to start a run, or the dispatch list starts the next one. */
  public enum RunPolicy {
    PERSON,
    DISPATCH;

    public static RunPolicy parse(String text) {
      for (RunPolicy p : values()) {
        if (p.name().equalsIgnoreCase(text)) {
          return p;
        }
      }
      throw new IllegalArgumentException(
          "unknown run policy '" + text + "', expected person or dispatch");
    }
  }

  /** Where on the transport the machine's values are: one per kind. */
  public sealed interface Address permits MqttTopic, SparkplugDevice, OpcUaEndpoint {}

  /** A plain MQTT topic whose messages are JSON objects, a field per tag. */
  public record MqttTopic(String topic) implements Address {
    private static final Pattern TOPIC = Pattern.compile("[\\x21-\\x7E&&[^+#]]{1,200}");

    public MqttTopic {
      if (topic == null || !TOPIC.matcher(topic).matches()) {
        throw new IllegalArgumentException(
            "a topic is 1-200 visible characters without wildcards (+, #)");
      }
    }
  }

  /** A Sparkplug B edge node, and the device under it if the tags are a device's. */
  public record SparkplugDevice(String group, String edgeNode, @Nullable String device)
      implements Address {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public SparkplugDevice {
      for (String p : new String[] {group, edgeNode}) {
        if (p == null || !PART.matcher(p).matches()) {
          throw new IllegalArgumentException(
              "a Sparkplug group or edge node id is 1-64 letters, digits, '_', '.' or '-', got '"
                  + p
                  + "'");
        }
      }
      if (device != null && !PART.matcher(device).matches()) {
        throw new IllegalArgumentException(
            "a Sparkplug device id is 1-64 letters, digits, '_', '.' or '-', got '" + device + "'");
      }
    }
  }

  /** An OPC UA session's security and the sampling interval of its monitored items. */
  public record OpcUaEndpoint(String securityPolicy, String securityMode, Duration sampling)
      implements Address {
    public static final java.util.List<String> POLICIES =
        java.util.List.of(
            "None", "Basic256Sha256", "Aes128_Sha256_RsaOaep", "Aes256_Sha256_RsaPss");
    public static final java.util.List<String> MODES =
        java.util.List.of("None", "Sign", "SignAndEncrypt");

    public OpcUaEndpoint {
      if (!POLICIES.contains(securityPolicy)) {
        throw new IllegalArgumentException(
            "unknown security policy '"
                + securityPolicy
                + "', expected one of "
                + String.join(", ", POLICIES));
      }
      if (!MODES.contains(securityMode)) {
        throw new IllegalArgumentException(
            "unknown security mode '"
                + securityMode
                + "', expected one of "
                + String.join(", ", MODES));
      }
      if ("None".equals(securityPolicy) != "None".equals(securityMode)) {
        throw new IllegalArgumentException(
            "security policy None goes only with mode None, and mode None only with policy None");
      }
      if (sampling.toMillis() < 10 || sampling.toMillis() > 60_000) {
        throw new IllegalArgumentException("sampling must be 10ms to 60s");
      }
    }
  }
}
