#!/usr/bin/env python3
"""The twin's speed anchor plant-year in SimPy 3, to compare with `tally simulate`.

Same plant as anchor-plant.yaml (shared/reference/twin-validation.md): 4 lines with 3 variants
each (cycle times below), lots of 1500, the next variant drawn uniformly, a 0.75 h changeover when
it changes, 2 shifts Mon-Fri 06:00-22:00 from a Monday, exponential failures with MTBF 6 h counted
in working time only, exponential repairs with MTTR 40 min in calendar time, 2 % scrap per part
(binomial per lot), horizon 8,760 h. State-change model: one event per change of state, like the
Java twin. Parts of a lot unfinished at the horizon count as made.

Prints one JSON object: replications, output mean, sd, ci95, events per replication, seconds.
"""
import argparse
import json
import math
import multiprocessing
import random
import statistics
import time

import simpy

CYCLES_S = [(30, 36, 45), (32, 38, 45), (30, 40, 48), (34, 36, 42)]
LOT = 1500
CHANGEOVER_H = 0.75
MTBF_H = 6.0
MTTR_H = 40 / 60
SCRAP = 0.02
HORIZON_H = 8760.0
SHIFT_START_H, SHIFT_END_H = 6.0, 22.0  # Monday to Friday, back-to-back shifts A and B


def shift_bounds(t):
    """(start, end) of the working period containing t, or of the next one after t."""
    day = math.floor(t / 24)
    while True:
        if day % 7 < 5:
            start, end = day * 24 + SHIFT_START_H, day * 24 + SHIFT_END_H
            if t < end:
                return start, end
        day += 1


def binomial(rng, n, p):
    """Binomial(n, p) by inversion from 0 (n p is about 30 here)."""
    u, q = rng.random(), 1 - p
    pk, k, ratio = q ** n, 0, p / q
    while u > pk and k < n:
        u -= pk
        pk *= ratio * (n - k) / (k + 1)
        k += 1
    return k


class Line:
    def __init__(self, env, cycles_s, rng):
        self.env = env
        self.cycles_h = [c / 3600 for c in cycles_s]
        self.rng = rng
        self.ttf = rng.expovariate(1 / MTBF_H)
        self.good = 0
        self.lot_variant = None
        self.lot_left = 0.0
        self.busy_since = None
        self.events = 0
        env.process(self.run())

    def work(self, amount, is_lot):
        """Spends `amount` hours of working time, pausing off shift and for failures."""
        env = self.env
        while amount > 1e-12:
            start, end = shift_bounds(env.now)
            if env.now < start:
                self.events += 1
                yield env.timeout(start - env.now)
                continue
            step = min(amount, self.ttf, end - env.now)
            self.busy_since = env.now if is_lot else None
            self.lot_left = amount
            self.events += 1
            yield env.timeout(step)
            self.busy_since = None
            amount -= step
            self.lot_left = amount
            self.ttf -= step
            if self.ttf <= 1e-12:
                self.events += 1
                yield env.timeout(self.rng.expovariate(1 / MTTR_H))
                self.ttf = self.rng.expovariate(1 / MTBF_H)
        self.lot_left = 0.0

    def run(self):
        variant = None
        while True:
            nxt = self.rng.randrange(3)
            if variant is not None and nxt != variant:
                yield from self.work(CHANGEOVER_H, False)
            variant = nxt
            self.lot_variant = variant
            yield from self.work(LOT * self.cycles_h[variant], True)
            self.lot_variant = None
            self.good += LOT - binomial(self.rng, LOT, SCRAP)

    def finish(self, horizon):
        """Counts the parts of the lot in progress at the horizon."""
        if self.lot_variant is None:
            return
        left = self.lot_left
        if self.busy_since is not None:
            left -= horizon - self.busy_since
        cycle = self.cycles_h[self.lot_variant]
        done = max(0, min(LOT, math.floor((LOT * cycle - left) / cycle + 1e-9)))
        self.good += done - binomial(self.rng, done, SCRAP)


def replication(seed):
    env = simpy.Environment()
    lines = [Line(env, c, random.Random(seed * 100 + i)) for i, c in enumerate(CYCLES_S)]
    env.run(until=HORIZON_H)
    for line in lines:
        line.finish(HORIZON_H)
    return sum(l.good for l in lines), sum(l.events for l in lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--replications", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=12345)
    ap.add_argument("--processes", type=int, default=1, help="worker processes (default 1, as SimPy runs)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    seeds = [args.seed * 1_000_003 + r for r in range(args.replications)]
    if args.processes > 1:
        with multiprocessing.Pool(args.processes) as pool:
            results = pool.map(replication, seeds, chunksize=max(1, len(seeds) // (8 * args.processes)))
    else:
        results = [replication(s) for s in seeds]
    outputs = [r[0] for r in results]
    n = len(outputs)
    mean = statistics.fmean(outputs)
    sd = statistics.stdev(outputs) if n > 1 else 0.0
    half = 1.96 * sd / math.sqrt(n)
    print(json.dumps({
        "replications": n,
        "output": {"mean": mean, "sd": sd, "ci95": [mean - half, mean + half]},
        "eventsPerReplication": sum(r[1] for r in results) / n,
        "processes": args.processes,
        "seconds": time.perf_counter() - t0,
    }, indent=2))


if __name__ == "__main__":
    main()
