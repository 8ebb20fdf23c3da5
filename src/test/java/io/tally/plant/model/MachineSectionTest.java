package io.tally.plant.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tally.plant.model.MachineSource.MachineState;
import io.tally.plant.model.MachineSource.Tag;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A line's machine section: read field by field, refused with file, line, field and reason. */
class MachineSectionTest {
  static final String ANCHOR = "    reliability: { mtbfHours: 40, mttrHours: 1.5 }\n";

  static final String SPARKPLUG =
      """
          machine:
            kind: sparkplug
            url: tcp://127.0.0.1:1883
            usernameEnv: TALLY_MQTT_USER
            passwordEnv: TALLY_MQTT_PASSWORD
            group: PLANT1
            edgeNode: L1
            device: PACKER
            tags:
              processed: Admin.ProdProcessedCount
              defective: Admin.ProdDefectiveCount
              state: Status.StateCurrent
              stopReason: Admin.StopReason.ID
            states:
              - { code: 6, state: producing }
              - { code: 2, state: stopped }
              - { code: 11, state: changeover, reason: CHG }
              - { code: 4, state: idle }
            stopReasons:
              - { id: 101, reason: JAM }
            defaultReason: BRK
            bookingInterval: 30s
            plausibilityLimit: 20000
            microStop: 45s
            runPolicy: person
      """;

  /** The reference plant with {@code section} as the first line's machine. */
  static String withMachine(String section) {
    int at = PlantFileReaderTest.REFERENCE.indexOf(ANCHOR) + ANCHOR.length();
    return PlantFileReaderTest.REFERENCE.substring(0, at)
        + section
        + PlantFileReaderTest.REFERENCE.substring(at);
  }

  @Test
  void readsASparkplugMachineFieldByField() {
    Plant plant = PlantFileReader.parse("plant.yaml", withMachine(SPARKPLUG));
    MachineSource m = plant.line(new LineId("L1")).machineSource().orElseThrow();
    assertThat(m.kind()).isEqualTo(MachineSource.Kind.SPARKPLUG);
    assertThat(m.address()).isEqualTo(new MachineSource.SparkplugDevice("PLANT1", "L1", "PACKER"));
    assertThat(m.passwordEnv()).isEqualTo("TALLY_MQTT_PASSWORD");
    assertThat(m.tags()).containsEntry(Tag.PROCESSED, "Admin.ProdProcessedCount");
    assertThat(m.bookingInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(m.plausibilityLimit()).isEqualTo(20_000);
    assertThat(m.microStop()).isEqualTo(Duration.ofSeconds(45));
    MachineSource.StateMapping stopped = m.state("2").orElseThrow();
    assertThat(stopped.state()).isEqualTo(MachineState.STOPPED);
    assertThat(m.reasonFor(stopped, "101")).hasValue("JAM");
    assertThat(m.reasonFor(stopped, "999")).hasValue("BRK");
    assertThat(m.reasonFor(m.state("11").orElseThrow(), "101")).hasValue("CHG");
    assertThat(plant.line(new LineId("L2")).machineSource()).isEmpty();
  }

  @Test
  void takesTheDefaultsOfAMinimalMqttMachine() {
    Plant plant =
        PlantFileReader.parse(
            "plant.yaml",
            withMachine(
                """
                    machine:
                      kind: mqtt
                      url: tcp://127.0.0.1:1883
                      topic: plant/L1/packtags
                      tags: { processed: count, state: state }
                      states: [ { code: RUNNING, state: producing } ]
                """));
    MachineSource m = plant.line(new LineId("L1")).machineSource().orElseThrow();
    assertThat(m.address()).isEqualTo(new MachineSource.MqttTopic("plant/L1/packtags"));
    assertThat(m.bookingInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(m.plausibilityLimit()).isEqualTo(MachineSource.DEFAULT_PLAUSIBILITY);
    assertThat(m.runPolicy()).isEqualTo(MachineSource.RunPolicy.PERSON);
  }

  @Test
  void readsAnOpcUaMachine() {
    Plant plant =
        PlantFileReader.parse(
            "plant.yaml",
            withMachine(
                """
                    machine:
                      kind: opcua
                      url: opc.tcp://plc-l1:4840
                      securityPolicy: Basic256Sha256
                      securityMode: SignAndEncrypt
                      usernameEnv: L1_OPC_USER
                      passwordEnv: L1_OPC_PASSWORD
                      sampling: 500ms
                      tags:
                        processed: ns=2;s=L1.Admin.ProdProcessedCount
                        state: ns=2;s=L1.Status.StateCurrent
                      states: [ { code: 6, state: producing } ]
                """));
    assertThat(plant.line(new LineId("L1")).machineSource().orElseThrow().address())
        .isEqualTo(
            new MachineSource.OpcUaEndpoint(
                "Basic256Sha256", "SignAndEncrypt", Duration.ofMillis(500)));
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          kind: sparkplug                  | kind: modbus                    | lines[0].machine.kind | unknown machine kind 'modbus'
          url: tcp://127.0.0.1:1883        | url: http://x                   | lines[0].machine.url | expected tcp://
          url: tcp://127.0.0.1:1883        | url: tcp://bob:pw@host:1883     | lines[0].machine.url | credentials never go in the URL
          passwordEnv: TALLY_MQTT_PASSWORD | password: hunter2               | lines[0].machine.password | a secret is never written in the plant file
          passwordEnv: TALLY_MQTT_PASSWORD | passwordEnv: hunter2            | lines[0].machine.passwordEnv | expected the name of an environment variable
          group: PLANT1                    | group: PLANT/1                  | lines[0].machine | Sparkplug group or edge node id
          edgeNode: L1                     | topic: a/b                      | lines[0].machine.topic | not a field of a sparkplug machine
          processed: Admin.ProdProcessedCount | speed: x                     | lines[0].machine.tags.processed | required field is missing
          - { code: 6, state: producing }  | - { code: 6, state: running }   | lines[0].machine.states[0].state | unknown state 'running'
          - { code: 2, state: stopped }    | - { code: 6, state: stopped }   | lines[0].machine.states[1].code | state code '6' is mapped twice
          - { code: 11, state: changeover, reason: CHG } | - { code: 11, state: changeover } | lines[0].machine.states[2] | a changeover state needs its reason code
          - { code: 11, state: changeover, reason: CHG } | - { code: 11, state: changeover, reason: JAM } | lines[0].machine.states[2].reason | a changeover's reason must be a setup reason
          - { id: 101, reason: JAM }       | - { id: 101, reason: NOPE }     | lines[0].machine.stopReasons[0].reason | unknown stop reason 'NOPE'
          defaultReason: BRK               | defaultReason: GONE             | lines[0].machine.defaultReason | unknown stop reason 'GONE'
          bookingInterval: 30s             | bookingInterval: 2h             | lines[0].machine.bookingInterval | must be from 1s to 1h
          bookingInterval: 30s             | bookingInterval: soon           | lines[0].machine.bookingInterval | expected a duration
          plausibilityLimit: 20000         | plausibilityLimit: -5           | lines[0].machine.plausibilityLimit | must be a positive whole number
          plausibilityLimit: 20000         | plausibilityLimit: 20000000     | lines[0].machine | plausibilityLimit must be 1 to 10,000,000
          runPolicy: person                | runPolicy: robot                | lines[0].machine.runPolicy | unknown run policy 'robot'
          """)
  void refusesABrokenMachineSection(String from, String to, String field, String reason) {
    String text = withMachine(SPARKPLUG.replace(from, to));
    int line = expectedLine(text, to);
    PlantFileException e = PlantFileReaderTest.refuse(text);
    assertThat(e.problems())
        .anySatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("plant.yaml");
              assertThat(p.field()).isEqualTo(field);
              assertThat(p.reason()).contains(reason);
              if (!field.equals("lines[0].machine") && !field.endsWith("]")) {
                assertThat(p.line()).isEqualTo(line);
              }
            });
  }

  @Test
  void refusesAStoppedStateWithoutAReasonToFallBackOn() {
    String text = withMachine(SPARKPLUG.replace("      defaultReason: BRK\n", ""));
    assertThat(PlantFileReaderTest.refuse(text).problems())
        .anySatisfy(p -> assertThat(p.reason()).contains("needs defaultReason"));
  }

  @Test
  void refusesAnOpcUaNodeIdOfAnotherForm() {
    String text =
        withMachine(
            """
                machine:
                  kind: opcua
                  url: opc.tcp://plc-l1:4840
                  tags: { processed: L1.Count, state: ns=2;s=L1.State }
                  states: [ { code: 6, state: producing } ]
            """);
    assertThat(PlantFileReaderTest.refuse(text).problems())
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("lines[0].machine.tags.processed");
              assertThat(p.reason()).contains("expected an OPC UA node id");
            });
  }

  private static int expectedLine(String text, String to) {
    String needle = to.startsWith("- ") ? to : to.split(":")[0] + ":";
    return PlantFileReaderTest.lineOf(
        text, "      " + (needle.startsWith("- ") ? "  " : "") + needle, 0);
  }
}
