package io.tally.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data folder holds the database, its password and the first admin's password, so only its
 * owner may enter it (700) and its files are owner-only (600). Java cannot set the process umask,
 * so files H2 makes (the database on first use, the lock file at every start) are born with the
 * umask's mode: the folder's 700 keeps them private until {@link #tighten} narrows them to 600.
 */
final class DataFolder {
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private DataFolder() {}

  /** Makes the folder, owner-only (700), when it does not exist yet. */
  static void create(Path dir) {
    if (Files.isDirectory(dir) || !posix(dir)) {
      return;
    }
    try {
      Path parent = dir.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.createDirectory(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the data folder " + dir, e);
    }
  }

  /**
   * Takes every group and other permission off the folder and the files directly in it, and names
   * each one that had any, so that a folder left open (by an older Tally, a copy, a restore) is
   * reported rather than silently kept.
   */
  static List<String> tighten(Path dir) {
    List<String> opened = new ArrayList<>();
    if (!Files.isDirectory(dir) || !posix(dir)) {
      return opened;
    }
    try {
      narrow(dir, opened);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            narrow(file, opened);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restrict the data folder " + dir, e);
    }
    return opened;
  }

  private static void narrow(Path path, List<String> opened) throws IOException {
    Set<PosixFilePermission> was = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
    Set<PosixFilePermission> now = EnumSet.noneOf(PosixFilePermission.class);
    now.addAll(was);
    if (now.removeAll(OTHERS)) {
      Files.setPosixFilePermissions(path, now);
      opened.add(
          path
              + " was "
              + PosixFilePermissions.toString(was)
              + ", now "
              + PosixFilePermissions.toString(now));
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
