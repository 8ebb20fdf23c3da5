package io.tally.security;

import io.tally.input.BodyTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the API's request bodies: CSV and XML to one limit, anything else to another. A declared
 * length past the limit is refused before a byte is read; a body without a length (chunked) is
 * counted as it is read and reading fails with {@link BodyTooLarge} at the limit.
 */
class BodyLimit extends OncePerRequestFilter {
  private final long json;
  private final long csv;

  BodyLimit(long json, long csv) {
    this.json = json;
    this.csv = csv;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String type = req.getContentType();
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    // Files of orders (CSV, B2MML XML) take the larger limit.
    long limit =
        t.startsWith("text/csv") || t.startsWith("application/xml") || t.startsWith("text/xml")
            ? csv
            : json;
    if (req.getContentLengthLong() > limit) {
      // Tomcat would otherwise read (swallow) the rest of a body it does not use.
      res.setHeader("Connection", "close");
      ApiGuards.problem(res, HttpStatus.CONTENT_TOO_LARGE, new BodyTooLarge(limit).getMessage());
      return;
    }
    chain.doFilter(new Bounded(req, limit), res);
  }

  /** The request with its body counted as it is read. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new BodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
