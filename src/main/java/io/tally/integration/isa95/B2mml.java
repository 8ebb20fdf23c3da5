package io.tally.integration.isa95;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes B2MML V0600 elements to a stream as they are made (the JDK's StAX writer), so a year's
 * document is never held in memory. Every element is in the B2MML namespace, declared once on the
 * root as the default namespace. The caller writes the children of each element in the order of the
 * schema's sequence.
 */
final class B2mml implements AutoCloseable {
  /**
   * The namespace of B2MML V0600, the last release that has {@code ProductionSchedule} and {@code
   * ProductionPerformance} (V0700 on, in {@code http://www.mesa.org/xml/B2MML}, renamed them to
   * {@code OperationsSchedule} and {@code OperationsPerformance}).
   */
  static final String NS = "http://www.mesa.org/xml/B2MML-V0600";

  /** The unit of every quantity Tally counts: pieces (rounds, components). */
  static final String UNIT = "EA";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
  private final XMLStreamWriter w;

  B2mml(OutputStream out) {
    try {
      this.w = FACTORY.createXMLStreamWriter(out, "UTF-8");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The XML declaration and the root element with its namespace. */
  B2mml root(String name) throws XMLStreamException {
    w.writeStartDocument("UTF-8", "1.0");
    w.writeCharacters("\n");
    w.setDefaultNamespace(NS);
    w.writeStartElement(NS, name);
    w.writeDefaultNamespace(NS);
    return this;
  }

  B2mml start(String name) throws XMLStreamException {
    w.writeCharacters("\n");
    w.writeStartElement(NS, name);
    return this;
  }

  B2mml end() throws XMLStreamException {
    w.writeEndElement();
    return this;
  }

  /** An element holding text; nothing is written for a null value. */
  B2mml leaf(String name, Object value) throws XMLStreamException {
    if (value == null) {
      return this;
    }
    w.writeStartElement(NS, name);
    w.writeCharacters(value instanceof OffsetDateTime t ? time(t) : value.toString());
    w.writeEndElement();
    return this;
  }

  /** A QuantityValueType: QuantityString, DataType, UnitOfMeasure. */
  B2mml quantity(long value) throws XMLStreamException {
    start("Quantity");
    leaf("QuantityString", value);
    leaf("DataType", "integer");
    leaf("UnitOfMeasure", UNIT);
    return end();
  }

  /** A HierarchyScopeType naming a piece of equipment and its level. */
  B2mml scope(String equipment, String level) throws XMLStreamException {
    start("HierarchyScope");
    leaf("EquipmentID", equipment);
    leaf("EquipmentElementLevel", level);
    return end();
  }

  void finish() throws XMLStreamException {
    w.writeEndDocument();
    w.flush();
  }

  @Override
  public void close() throws XMLStreamException {
    w.close();
  }

  static String time(OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
