package io.tally.twin.model;

/**
 * What one replication produced: good output per line over the whole horizon, hours in each {@link
 * TimeState} per line, failures per line and the number of events it took.
 */
record ReplicationResult(long[] good, double[][] hours, int[] failures, long events) {
  long totalGood() {
    long sum = 0;
    for (long g : good) {
      sum += g;
    }
    return sum;
  }
}
