package io.tally.cli;

import io.tally.kernel.CommandExecutor;
import io.tally.kernel.CommandRejected;
import io.tally.plant.AcceptanceActRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Records a signed acceptance act; the document's SHA-256 is computed from the file. */
@Command(name = "accept", description = "Record an acceptance act covering a stage or a line.")
class LineAcceptance implements Callable<Integer> {
  @Option(names = "--id", required = true)
  String id;

  @Option(names = "--stage")
  String stage;

  @Option(names = "--line")
  String line;

  @Option(names = "--signed-by", required = true)
  String signedBy;

  @Option(names = "--signed-on", required = true, description = "YYYY-MM-DD")
  LocalDate signedOn;

  @Option(names = "--warranty-months", required = true)
  int warrantyMonths;

  @Option(names = "--warranty-terms", defaultValue = "")
  String warrantyTerms;

  @Option(
      names = "--document",
      required = true,
      paramLabel = "FILE",
      description = "The scanned signed act; its SHA-256 is recorded.")
  Path document;

  @Option(names = "--as", required = true, paramLabel = "USER")
  String as;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, NoSuchAlgorithmException {
    if (!Files.isRegularFile(document)) {
      throw new UserInputException("--document: no file " + document);
    }
    String sha =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(document)));
    try (var ctx = SpringLauncher.data()) {
      var act =
          ctx.getBean(CommandExecutor.class)
              .execute(
                  CliActors.admin(ctx, as),
                  new AcceptanceActRequest(
                      id, stage, line, signedBy, signedOn, warrantyTerms, warrantyMonths, sha));
      spec.commandLine()
          .getOut()
          .printf(
              "Recorded act %s (document SHA-256 %s, ledger entry %d).%n",
              act.id(), act.documentSha256(), act.ledgerSeq());
      return 0;
    } catch (CommandRejected e) {
      throw new UserInputException(e.field() + ": " + e.getMessage());
    }
  }
}
