package io.tally.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text for people in a template outside the bundles (docs/i18n.md): a text node, or a title,
 * placeholder, aria-label, alt or button value, with a word in it is text for people unless it
 * comes from {@code #{...}}; so is a quoted literal with a lower-case word inside a {@code th:text}
 * or {@code th:title}-like expression. Numbers, punctuation, ids and codes in capitals pass. Every
 * key a template names is in the English bundles, and the Spanish bundles name no key the English
 * ones lack.
 */
class TextOutsideBundlesTest {
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final Path BUNDLES = Path.of("src/main/resources/i18n");

  /** A word a person reads: two letters or more, one of them lower case. */
  static final Pattern WORD = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*");

  static final Pattern TAG =
      Pattern.compile("<(/?)([a-zA-Z][\\w:.-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>");
  static final Pattern STATIC_ATTR =
      Pattern.compile("\\s(title|placeholder|aria-label|alt|value)=\"([^\"]*)\"");
  static final Pattern TH_ATTR =
      Pattern.compile(
          "\\sth:(text|utext|title|placeholder|aria-label|alt|value|attr)=\"([^\"]*)\"");
  static final Pattern LITERAL = Pattern.compile("'([^']*)'");
  static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
  static final Set<String> VOID =
      Set.of("input", "br", "img", "meta", "link", "hr", "area", "base", "col", "source", "wbr");

  @Test
  void everyTemplateTakesItsTextFromTheBundles() throws IOException {
    TreeMap<String, List<String>> found = new TreeMap<>();
    for (Path p : templates()) {
      List<String> text = textOutsideBundles(Files.readString(p));
      if (!text.isEmpty()) {
        found.put(TEMPLATES.relativize(p).toString(), text);
      }
    }
    int count = found.values().stream().mapToInt(List::size).sum();
    assertThat(found).as("text outside the bundles (%d pieces)", count).isEmpty();
  }

  @Test
  void theScanFindsTextThatIsNotInABundle() {
    assertThat(textOutsideBundles("<p>Hello there</p>")).containsExactly("Hello there");
    assertThat(textOutsideBundles("<p th:text=\"#{a.b}\">Hello there</p>")).isEmpty();
    assertThat(textOutsideBundles("<button value=\"Send it\">x</button>")).hasSize(1);
    assertThat(textOutsideBundles("<input title=\"Your name\">")).hasSize(1);
    assertThat(textOutsideBundles("<td th:text=\"'stopped: ' + ${r}\">x</td>")).hasSize(1);
    assertThat(textOutsideBundles("<td th:text=\"${s == 'OPEN' ? #{a.b} : '-'}\">x</td>"))
        .isEmpty();
    assertThat(textOutsideBundles("<td>L3</td><td>RCP27C001-004</td><td>12,5 %</td>")).isEmpty();
    assertThat(textOutsideBundles("<!DOCTYPE html><!-- a note --><script src=\"x.js\"></script>"))
        .isEmpty();
    assertThat(textOutsideBundles("<b th:text=\"#{'language.' + ${l}}\">x</b>")).isEmpty();
  }

  @Test
  void everyKeyATemplateNamesIsInTheEnglishBundles() throws IOException {
    Properties english = bundles(false);
    List<String> missing = new ArrayList<>();
    for (Path p : templates()) {
      Matcher m = KEY.matcher(Files.readString(p));
      while (m.find()) {
        if (!english.containsKey(m.group(1))) {
          missing.add(TEMPLATES.relativize(p) + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
    Properties spanish = bundles(true);
    assertThat(spanish.stringPropertyNames())
        .as("Spanish keys without English")
        .isSubsetOf(english.stringPropertyNames());
  }

  static List<String> textOutsideBundles(String html) {
    String s =
        html.replaceAll("(?s)<!--.*?-->", "")
            .replaceAll("(?i)<!DOCTYPE[^>]*>", "")
            .replaceAll("(?s)<script.*?</script>", "")
            .replaceAll("(?s)<style.*?</style>", "");
    List<String> found = new ArrayList<>();
    Deque<Boolean> replaced = new ArrayDeque<>();
    Matcher m = TAG.matcher(s);
    int last = 0;
    while (m.find()) {
      text(s.substring(last, m.start()), replaced, found);
      last = m.end();
      String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
      String attrs = m.group(3);
      if (m.group(1).isEmpty()) {
        attributes(name, attrs, found);
        if (!attrs.endsWith("/") && !VOID.contains(name)) {
          replaced.push(
              !name.equals("html") && attrs.matches("(?s).*\\sth:(text|utext|replace|insert)=.*"));
        }
      } else if (!replaced.isEmpty()) {
        replaced.pop();
      }
    }
    text(s.substring(last), replaced, found);
    return found;
  }

  private static void text(String text, Deque<Boolean> replaced, List<String> found) {
    if (replaced.contains(Boolean.TRUE)) {
      return;
    }
    String t = text.replaceAll("&[a-zA-Z]+;|&#\\d+;", " ").strip();
    if (human(t)) {
      found.add(t);
    }
  }

  private static void attributes(String tag, String attrs, List<String> found) {
    Matcher a = STATIC_ATTR.matcher(attrs);
    while (a.find()) {
      boolean value = a.group(1).equals("value");
      boolean button =
          tag.equals("button") || attrs.matches("(?s).*type=\"(submit|button|reset)\".*");
      if ((!value || button) && human(a.group(2))) {
        found.add(a.group(1) + "=" + a.group(2));
      }
    }
    Matcher t = TH_ATTR.matcher(attrs);
    while (t.find()) {
      // A literal inside a message expression is part of a key ('language.' + ...), not text.
      Matcher l =
          LITERAL.matcher(
              t.group(2)
                  .replaceAll("#\\{[^}]*}", "")
                  .replaceAll("#messages\\.msg[A-Za-z]*\\('[^']*'", ""));
      while (l.find()) {
        if (human(l.group(1))) {
          found.add("th:" + t.group(1) + ": '" + l.group(1) + "'");
        }
      }
    }
  }

  private static boolean human(String t) {
    Matcher w = WORD.matcher(t);
    while (w.find()) {
      if (w.group().length() >= 2) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> s = Files.walk(TEMPLATES)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static Properties bundles(boolean spanish) throws IOException {
    Properties all = new Properties();
    try (Stream<Path> s = Files.list(BUNDLES)) {
      for (Path p : s.sorted().toList()) {
        String n = p.getFileName().toString();
        boolean translated = n.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");
        if (spanish ? n.endsWith("_es.properties") : !translated) {
          try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            all.load(r);
          }
        }
      }
    }
    return all;
  }
}
