package io.tally.input.gs1;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A concatenation of element strings as one GS1 barcode carries them; at most one element per AI.
 */
public record ElementString(List<Element> elements) {
  /** The ASCII group separator a scanner sends for FNC1 between elements. */
  public static final char GS = '\u001d';

  public ElementString {
    elements = List.copyOf(elements);
    if (elements.isEmpty()) {
      throw new Gs1Refusal("an element string needs at least one application identifier");
    }
    if (elements.stream().map(e -> e.ai().code()).distinct().count() != elements.size()) {
      throw new Gs1Refusal("an application identifier appears twice in the element string");
    }
  }

  public static ElementString of(Element... elements) {
    return new ElementString(List.of(elements));
  }

  /** Reads what a scanner sent (or a person typed); see {@link ScanReader}. */
  public static ElementString parse(String scan) {
    return ScanReader.read(scan);
  }

  public Optional<Element> find(String ai) {
    return elements.stream().filter(e -> e.ai().code().equals(ai)).findFirst();
  }

  public Optional<String> data(String ai) {
    return find(ai).map(Element::data);
  }

  /**
   * The data as a scanner transmits it after the symbology identifier: each element's AI and data,
   * a GS after every element whose length is not predefined, except the last.
   */
  public String transmitted() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      b.append(e.ai().code()).append(e.data());
      if (!e.ai().predefined() && i < elements.size() - 1) {
        b.append(GS);
      }
    }
    return b.toString();
  }

  /** The human-readable interpretation: "(00) 106141411234567897 (10) ABC". */
  public String humanReadable() {
    return elements.stream().map(Element::humanReadable).collect(Collectors.joining(" "));
  }

  /** The AIs in square brackets, "[00]106141411234567897[10]ABC", as barcode encoders take it. */
  public String bracketed() {
    return elements.stream()
        .map(e -> "[" + e.ai().code() + "]" + e.data())
        .collect(Collectors.joining());
  }
}
