"""Independent computation of GRANK (Kolari and Pynnonen 2011), CDA t (Brown and Warner 1980,
1985) and the Corrado (1989) rank test in Cowan's (1992) window form on the small panel of
GroupTestsByHandTest, written from the papers' formulas with plain Python (no code shared with the
Java implementation). Firm B has no return on relative day -4. Prints the values the test asserts.

Run: python3 src/test/python/grank_cda_corrado_by_hand.py
"""
import math

EST_DAYS = {"A": [-7, -6, -5, -4, -3], "B": [-7, -6, -5, -3], "C": [-7, -6, -5, -4, -3]}
EST = {"A": [1.0, -0.5, 0.3, -1.2, 0.8], "B": [0.2, -0.6, 0.4, 0.1],
       "C": [-0.9, 0.7, 0.2, -0.4, 0.7]}
EVENT_FIRST = -1
EVENT = {"A": [0.5, 2.0, 0.4], "B": [-0.2, -0.1, -3.0], "C": [0.6, 0.2, -0.5]}
SIGMA = {"A": 0.9, "B": 0.5, "C": 1.2}          # residual standard deviation s_i
CAR_VAR = {"A": 0.85, "B": 0.27, "C": 1.5}      # Var(AR_0); Var(CAR[-1,+1]) = 3.3 Var(AR_0)
FIRMS = ["A", "B", "C"]
SCALE = 0.01                                    # the values above are in percent


def mean_ranks(values):
    """Rank 1..n, ties get the mean of the ranks they span."""
    out = []
    for v in values:
        below = sum(1 for w in values if w < v)
        equal = sum(1 for w in values if w == v)
        out.append(below + (equal + 1) / 2.0)
    return out


def sd(values):
    m = sum(values) / len(values)
    return math.sqrt(sum((v - m) ** 2 for v in values) / (len(values) - 1))


def window(first, last):
    car, var = {}, {}
    for f in FIRMS:
        car[f] = sum(EVENT[f][d - EVENT_FIRST] for d in range(first, last + 1)) * SCALE
        var[f] = CAR_VAR[f] * (1 if first == last else 3.3) * SCALE ** 2
    return car, var


def grank(first, last):
    car, var = window(first, last)
    scar = {f: car[f] / math.sqrt(var[f]) for f in FIRMS}
    s_scar = sd([scar[f] for f in FIRMS])
    u = {}  # (firm, day) -> U; the cumulated event window is day "event"
    for f in FIRMS:
        gsar = [e * SCALE / (SIGMA[f] * SCALE) for e in EST[f]] + [scar[f] / s_scar]
        days = EST_DAYS[f] + ["event"]
        t_i = len(gsar)
        for d, r in zip(days, mean_ranks(gsar)):
            u[(f, d)] = r / (t_i + 1) - 0.5
    n = len(FIRMS)
    grid = sorted({d for (_, d) in u if d != "event"}) + ["event"]
    total = 0.0
    for d in grid:
        present = [u[(f, d)] for f in FIRMS if (f, d) in u]
        u_bar = sum(present) / len(present)
        total += len(present) / n * u_bar ** 2
    big_t = len(grid)
    s_u = math.sqrt(total / big_t)
    u0 = sum(u[(f, "event")] for f in FIRMS) / n
    z = u0 / s_u
    t = z * math.sqrt((big_t - 2) / (big_t - 1 - z * z))
    return t, big_t - 2


def cda(first, last):
    car, _ = window(first, last)
    days = sorted({d for f in FIRMS for d in EST_DAYS[f]})
    aar = []
    for d in days:
        present = [EST[f][EST_DAYS[f].index(d)] * SCALE for f in FIRMS if d in EST_DAYS[f]]
        aar.append(sum(present) / len(present))
    s = sd(aar)
    caar = sum(car.values()) / len(FIRMS)
    return caar / (math.sqrt(last - first + 1) * s), len(days) - 1


def corrado(first, last):
    u = {}
    for f in FIRMS:
        values = EST[f] + EVENT[f]
        days = EST_DAYS[f] + [EVENT_FIRST + k for k in range(len(EVENT[f]))]
        for d, r in zip(days, mean_ranks(values)):
            u[(f, d)] = r / (len(values) + 1) - 0.5
    grid = sorted({d for (_, d) in u})
    d_t = {d: sum(u[(f, d)] for f in FIRMS if (f, d) in u)
           / sum(1 for f in FIRMS if (f, d) in u) for d in grid}
    s_u = math.sqrt(sum(v * v for v in d_t.values()) / len(grid))
    return sum(d_t[d] for d in range(first, last + 1)) / (math.sqrt(last - first + 1) * s_u)


for w in [(0, 0), (-1, 1)]:
    print(w, "grank t=%.15g df=%d" % grank(*w), "cda t=%.15g df=%d" % cda(*w),
          "corrado z=%.15g" % corrado(*w))
