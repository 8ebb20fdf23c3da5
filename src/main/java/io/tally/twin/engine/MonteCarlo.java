package io.tally.twin.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs replications on several threads. Each replication draws only from its own random streams and
 * its result is stored at its index, so the results are bit-identical at any thread count.
 */
public final class MonteCarlo {
  private MonteCarlo() {}

  /**
   * Runs replications 0 to n-1.
   *
   * @param workers makes one worker per thread (a worker may keep reusable state between the
   *     replications it runs)
   * @param progress told the number of replications finished so far, from any thread
   * @return the results in replication order
   */
  public static <R> List<R> run(
      int n, int threads, Supplier<? extends IntFunction<R>> workers, IntConsumer progress) {
    if (n < 1) {
      throw new IllegalArgumentException("at least one replication is needed, got " + n);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread is needed, got " + threads);
    }
    Object[] results = new Object[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Runnable loop =
        () -> {
          try {
            IntFunction<R> worker = workers.get();
            int r;
            while (failure.get() == null && (r = next.getAndIncrement()) < n) {
              results[r] = worker.apply(r);
              progress.accept(done.incrementAndGet());
            }
          } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
          }
        };
    int extra = Math.min(threads, n) - 1;
    List<Thread> started = new ArrayList<>(extra);
    for (int i = 0; i < extra; i++) {
      Thread t = new Thread(loop, "twin-" + i);
      t.setDaemon(true);
      t.start();
      started.add(t);
    }
    loop.run();
    for (Thread t : started) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for replications", e);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    List<R> out = new ArrayList<>(n);
    for (Object o : results) {
      @SuppressWarnings("unchecked")
      R r = (R) o;
      out.add(r);
    }
    return out;
  }
}
