package io.tally.twin.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap over primitive arrays, ordered by (time, priority,
 * sequence), so that scheduling and firing an event allocate nothing and ties fire in a
 * reproducible order. An event is an int type and an int entity; what they mean is the model's.
 *
 * <p>There is no cancel: a model that changes its mind remembers the {@link #sequence()} it expects
 * for an entity and ignores a stale event when it fires, which keeps the heap free of look-ups.
 */
public final class EventCalendar {
  /** Priorities 0 (first) to 1023 share a 64-bit order key with a 53-bit sequence number. */
  public static final int MAX_PRIORITY = 1023;

  private static final int SEQUENCE_BITS = 53;

  private double[] times;
  private long[] orders;

  /** Type in the high, entity in the low 32 bits: one array fewer to move in every sift step. */
  private long[] events;

  private int size;
  private long nextSequence;
  private double now;
  private int type;
  private int entity;
  private long sequence;

  public EventCalendar(int initialCapacity) {
    int capacity = Math.max(4, initialCapacity);
    times = new double[capacity];
    orders = new long[capacity];
    events = new long[capacity];
  }

  /** Empties the calendar and sets the clock back to 0, keeping the arrays. */
  public void reset() {
    size = 0;
    nextSequence = 0;
    now = 0;
  }

  /**
   * Schedules an event at an absolute time, not before now.
   *
   * @return the event's sequence number, unique within this run
   */
  public long schedule(double time, int priority, int type, int entity) {
    if (!(time >= now)) {
      throw new IllegalArgumentException("event at " + time + " is before now (" + now + ")");
    }
    if (priority < 0 || priority > MAX_PRIORITY) {
      throw new IllegalArgumentException("priority must be 0 to " + MAX_PRIORITY);
    }
    if (size == times.length) {
      grow();
    }
    long seq = nextSequence++;
    long order = ((long) priority << SEQUENCE_BITS) | seq;
    int hole = size++;
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      double pt = times[parent];
      if (pt < time || (pt == time && orders[parent] < order)) {
        break;
      }
      move(parent, hole);
      hole = parent;
    }
    put(hole, time, order, ((long) type << 32) | (entity & 0xFFFFFFFFL));
    return seq;
  }

  /** Schedules an event a delay from now. */
  public long scheduleIn(double delay, int priority, int type, int entity) {
    return schedule(now + delay, priority, type, entity);
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  /** Time of the earliest pending event; +infinity when none. */
  public double peekTime() {
    return size == 0 ? Double.POSITIVE_INFINITY : times[0];
  }

  /**
   * Removes the earliest event, advances the clock to it and makes it the current one ({@link
   * #type()}, {@link #entity()}, {@link #sequence()}).
   *
   * @return false when there was no event
   */
  public boolean next() {
    if (size == 0) {
      return false;
    }
    now = times[0];
    type = (int) (events[0] >>> 32);
    entity = (int) events[0];
    sequence = orders[0] & ((1L << SEQUENCE_BITS) - 1);
    int last = --size;
    if (last > 0) {
      siftDownFromRoot(times[last], orders[last], events[last], last);
    }
    return true;
  }

  private void siftDownFromRoot(double time, long order, long event, int n) {
    int hole = 0;
    int child;
    while ((child = 2 * hole + 1) < n) {
      int right = child + 1;
      if (right < n
          && (times[right] < times[child]
              || (times[right] == times[child] && orders[right] < orders[child]))) {
        child = right;
      }
      double ct = times[child];
      if (time < ct || (time == ct && order < orders[child])) {
        break;
      }
      move(child, hole);
      hole = child;
    }
    put(hole, time, order, event);
  }

  public double now() {
    return now;
  }

  public int type() {
    return type;
  }

  public int entity() {
    return entity;
  }

  public long sequence() {
    return sequence;
  }

  private void move(int from, int to) {
    times[to] = times[from];
    orders[to] = orders[from];
    events[to] = events[from];
  }

  private void put(int at, double time, long order, long event) {
    times[at] = time;
    orders[at] = order;
    events[at] = event;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    orders = Arrays.copyOf(orders, capacity);
    events = Arrays.copyOf(events, capacity);
  }
}
