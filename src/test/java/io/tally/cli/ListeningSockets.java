package io.tally.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, read from Linux's /proc: the socket inodes among its file
 * descriptors, looked up in its network namespace's tcp and tcp6 tables.
 */
final class ListeningSockets {
  private static final String LISTEN = "0A";

  record Listening(InetAddress address, int port) {
    /** 127.0.0.0/8, ::1, or IPv4 loopback seen through an IPv6 socket (::ffff:127.0.0.1). */
    boolean loopback() {
      return address.isLoopbackAddress();
    }
  }

  private ListeningSockets() {}

  static List<Listening> of(long pid) throws IOException {
    Path proc = Path.of("/proc", Long.toString(pid));
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // A descriptor closed between listing and reading is no socket of interest.
        }
      }
    }
    List<Listening> found = new ArrayList<>();
    for (String table : List.of("net/tcp", "net/tcp6")) {
      List<String> rows = Files.readAllLines(proc.resolve(table));
      for (String row : rows.subList(1, rows.size())) {
        String[] f = row.trim().split("\\s+");
        if (f[3].equals(LISTEN) && inodes.contains(f[9])) {
          String[] local = f[1].split(":");
          found.add(new Listening(address(local[0]), Integer.parseInt(local[1], 16)));
        }
      }
    }
    return found;
  }

  /** The kernel prints each 32-bit word of the address in host byte order. */
  private static InetAddress address(String hex) throws IOException {
    byte[] raw = HexFormat.of().parseHex(hex);
    if (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN) {
      return InetAddress.getByAddress(raw);
    }
    byte[] address = new byte[raw.length];
    for (int word = 0; word < raw.length; word += 4) {
      for (int i = 0; i < 4; i++) {
        address[word + i] = raw[word + 3 - i];
      }
    }
    return InetAddress.getByAddress(address);
  }
}
