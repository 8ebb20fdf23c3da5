package io.tally.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A POST over a plain socket that keeps sending its body from another thread while the answer is
 * read, so a test sees a server answer (and stop reading) before a large body has gone. The server
 * may close the connection mid-body; the sender then simply stops.
 */
final class RawHttp {
  private RawHttp() {}

  /** The status line's code, the body, and how many body bytes had been sent when it came. */
  record Answer(int status, String body, long sentWhenAnswered) {}

  /** A body of {@code total} bytes: {@code first}, then {@code next.apply(1)}, (2), ... */
  record Body(byte[] first, IntFunction<byte[]> next, long total) {
    static Body repeating(byte[] first, byte[] unit, long total) {
      return new Body(first, i -> unit, total);
    }

    /** Rows from {@code format} with a distinct number each, a thousand rows per piece. */
    static Body rows(byte[] first, String format, long total) {
      return new Body(
          first,
          i -> {
            StringBuilder b = new StringBuilder();
            for (int r = 0; r < 1000; r++) {
              b.append(String.format(format, i * 1000L + r));
            }
            return b.toString().getBytes(StandardCharsets.US_ASCII);
          },
          total);
    }
  }

  static Answer post(
      int port, String path, String type, String user, String password, Body body, boolean chunked)
      throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      String auth =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1:"
              + port
              + "\r\nAuthorization: Basic "
              + auth
              + "\r\nContent-Type: "
              + type
              + "\r\n"
              + (chunked
                  ? "Transfer-Encoding: chunked\r\n"
                  : "Content-Length: " + body.total() + "\r\n")
              + "\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      AtomicLong sent = new AtomicLong();
      Thread sender = new Thread(() -> send(out, body, chunked, sent), "raw-http-sender");
      sender.setDaemon(true);
      sender.start();
      InputStream in = socket.getInputStream();
      String statusLine = line(in);
      long sentWhenAnswered = sent.get();
      long length = -1;
      boolean chunkedAnswer = false;
      for (String h = line(in); !h.isEmpty(); h = line(in)) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(h.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunkedAnswer = true;
        }
      }
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      if (chunkedAnswer) {
        for (int n = Integer.parseInt(line(in).trim(), 16); n > 0; ) {
          answer.write(in.readNBytes(n));
          line(in);
          n = Integer.parseInt(line(in).trim(), 16);
        }
      } else if (length > 0) {
        answer.write(in.readNBytes((int) length));
      }
      String answerBody = answer.toString(StandardCharsets.UTF_8);
      return new Answer(Integer.parseInt(statusLine.split(" ")[1]), answerBody, sentWhenAnswered);
    }
  }

  private static void send(OutputStream out, Body body, boolean chunked, AtomicLong sent) {
    try {
      long left = body.total();
      for (int i = 0; left > 0; i++) {
        byte[] piece = i == 0 ? body.first() : body.next().apply(i);
        int n = (int) Math.min(piece.length, left);
        if (chunked) {
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(piece, 0, n);
        if (chunked) {
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        left -= n;
        sent.addAndGet(n);
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    } catch (IOException closedByTheServer) {
      // The server answered and closed the connection: the rest of the body is not wanted.
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("the connection closed before the answer's head ended");
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }
}
