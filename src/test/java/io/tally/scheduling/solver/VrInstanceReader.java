package io.tally.scheduling.solver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the Vallada and Ruiz (2011) text format: a line {@code n m [x]}, optionally a line holding
 * {@code m} alone, one line per job of {@code machine time} pairs, {@code SSD}, then per machine a
 * line {@code M<k>} and n rows of n setup times.
 */
public final class VrInstanceReader {
  private final String file;
  private final List<String> lines;
  private int at;

  private VrInstanceReader(String file, List<String> lines) {
    this.file = file;
    this.lines = lines;
  }

  public static VrInstance read(Path path) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path);
    } catch (IOException e) {
      throw new InstanceFormatException(path.toString(), 0, "cannot read: " + e.getMessage());
    }
    String name = path.getFileName().toString().replaceFirst("\\.txt$", "");
    return new VrInstanceReader(path.toString(), lines).parse(name);
  }

  private VrInstance parse(String name) {
    int[] head = ints(next("the header 'n m'"));
    if (head.length < 2 || head[0] <= 0 || head[1] <= 0) {
      throw error("expected 'n m' with positive job and machine counts");
    }
    int n = head[0];
    int m = head[1];
    int[] maybeM = ints(peek("the job lines"));
    if (maybeM.length == 1) {
      next("");
    }
    int[][] p = new int[n][m];
    for (int j = 0; j < n; j++) {
      int[] pairs = ints(next("job " + j));
      if (pairs.length != 2 * m) {
        throw error("job " + j + ": expected " + m + " machine/time pairs, found " + pairs.length);
      }
      boolean[] seen = new boolean[m];
      for (int i = 0; i < pairs.length; i += 2) {
        int k = pairs[i];
        if (k < 0 || k >= m || seen[k]) {
          throw error("job " + j + ": machine " + k + " out of range or repeated");
        }
        if (pairs[i + 1] < 0) {
          throw error("job " + j + ": negative processing time");
        }
        seen[k] = true;
        p[j][k] = pairs[i + 1];
      }
    }
    if (!next("SSD").trim().equals("SSD")) {
      throw error("expected 'SSD'");
    }
    int[][][] s = new int[m][n][n];
    for (int k = 0; k < m; k++) {
      if (!next("M" + k).trim().equals("M" + k)) {
        throw error("expected 'M" + k + "'");
      }
      for (int i = 0; i < n; i++) {
        int[] row = ints(next("setup row " + i + " of M" + k));
        if (row.length != n) {
          throw error("M" + k + " row " + i + ": expected " + n + " setup times");
        }
        for (int v : row) {
          if (v < 0) {
            throw error("M" + k + " row " + i + ": negative setup time");
          }
        }
        s[k][i] = row;
      }
    }
    return new VrInstance(name, p, s);
  }

  private String peek(String what) {
    int save = at;
    String l = next(what);
    at = save;
    return l;
  }

  private String next(String what) {
    while (at < lines.size() && lines.get(at).isBlank()) {
      at++;
    }
    if (at >= lines.size()) {
      at++;
      throw error("file ends where " + what + " should be");
    }
    return lines.get(at++);
  }

  private int[] ints(String line) {
    String t = line.trim();
    if (t.isEmpty()) {
      return new int[0];
    }
    String[] parts = t.split("\\s+");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        throw error("'" + parts[i] + "' is not a whole number");
      }
    }
    return out;
  }

  private InstanceFormatException error(String reason) {
    return new InstanceFormatException(file, at, reason);
  }
}
