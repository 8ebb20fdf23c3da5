package io.tally.cli;

import io.tally.documents.IssuedDocument;
import io.tally.documents.IssuedDocuments;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a document's copy against the ledger. */
@Command(
    name = "documents",
    description = "Documents: check whether a PDF file is one Tally issued.",
    subcommands = {DocumentsCommand.Check.class})
class DocumentsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** tally documents check FILE: exit 0 if issued, 1 if not. */
  @Command(
      name = "check",
      description =
          "Say whether this exact file (by its SHA-256) was issued by Tally, and what and when;"
              + " exit 1 if it was not (a changed copy is not the document issued).")
  static class Check implements Callable<Integer> {
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document (PDF) to check.")
    Path file;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      byte[] bytes = read(file);
      try (var ctx = SpringLauncher.data()) {
        List<IssuedDocument> issues = ctx.getBean(IssuedDocuments.class).issuesOf(bytes);
        String sha = IssuedDocuments.sha256(bytes);
        PrintWriter out = spec.commandLine().getOut();
        if (issues.isEmpty()) {
          spec.commandLine()
              .getErr()
              .printf(
                  "%s: NOT ISSUED: no document with SHA-256 %s was issued by this ledger%n",
                  file, sha);
          return 1;
        }
        for (IssuedDocument d : issues) {
          out.printf(
              "%s: ISSUED %s %s, ledger entry %d, by %s at %s (SHA-256 %s, %,d bytes; rests on"
                  + " entry %d, tree size %d, root %s)%n",
              file,
              d.kind(),
              d.subject(),
              d.seq(),
              d.issuedBy(),
              d.issuedAt(),
              d.sha256(),
              d.bytes(),
              d.basisSeq(),
              d.treeSize(),
              d.root());
        }
        return 0;
      }
    }

    private static byte[] read(Path file) {
      try {
        if (Files.size(file) > MAX_BYTES) {
          throw new UserInputException(file + ": larger than any document Tally issues");
        }
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UserInputException(file + ": cannot read: " + e.getMessage());
      }
    }
  }
}
