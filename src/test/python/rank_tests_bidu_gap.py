"""Independent computation of the Corrado rank z, GRANK t and CDA t for three events on
2024-11-21 (BIDU, BIDUGAP = BIDU without its 2024-07-15 row, AAPL) against SPY: simple returns,
a return only between two consecutive SPY trading days that both have a price, the market model
by least squares on relative days [-250,-11], event window [-5,+5]. Written from the papers'
formulas with numpy; it shares nothing with the Java code. Prints the values CorradoGapCliTest
asserts.

Run: python3 src/test/python/rank_tests_bidu_gap.py input/prices
Other events: python3 src/test/python/rank_tests_bidu_gap.py input/prices 2025-02-11 BABA BIDU AAPL
(a ticker ending in GAP is that ticker's file without its 2024-07-15 row).
"""
import csv
import math
import sys

import numpy as np
from scipy import stats


def load(path):
    out = {}
    with open(path, encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        header = next(rows)
        close = header.index("Close")
        for row in rows:
            if row and row[0][:1].isdigit():
                out[row[0]] = float(row[close])
    return out


prices = sys.argv[1]
spy = load(prices + "/SPY.csv")
calendar = sorted(spy)
zero = calendar.index(sys.argv[2] if len(sys.argv) > 2 else "2024-11-21")
tickers = sys.argv[3:] if len(sys.argv) > 3 else ["BIDU", "BIDUGAP", "AAPL"]


def returns(px, drop=None):
    out = {}
    for i in range(1, len(calendar)):
        a, b = calendar[i - 1], calendar[i]
        if a in px and b in px and drop not in (a, b):
            out[i] = px[b] / px[a] - 1
    return out


market = returns(spy)
firms = {}
for t in tickers:
    gap = t.endswith("GAP")
    firms[t] = returns(load(prices + "/" + (t[:-3] if gap else t) + ".csv"),
                       drop="2024-07-15" if gap else None)
fits = {}
for name, r in firms.items():
    est = [i for i in range(zero - 250, zero - 10) if i in r]
    x = np.array([market[i] for i in est])
    y = np.array([r[i] for i in est])
    b, a = np.polyfit(x, y, 1)
    res = y - a - b * x
    s2 = res @ res / (len(est) - 2)
    ar = {i - zero: r[i] - a - b * market[i] for i in range(zero - 5, zero + 6) if i in r}
    fits[name] = dict(est=[i - zero for i in est], res=res, s2=s2, ar=ar, x=x, a=a, b=b)


def car(f, w):
    days = range(w[0], w[1] + 1)
    c = sum(f["ar"][d] for d in days)
    m = len(f["x"])
    dev = sum(market[zero + d] - f["x"].mean() for d in days)
    sxx = ((f["x"] - f["x"].mean()) ** 2).sum()
    n = len(days)
    return c, f["s2"] * (n + n * n / m + dev * dev / sxx)


def corrado(w):
    u = {}
    for name, f in fits.items():
        keys = f["est"] + sorted(f["ar"])
        vals = list(f["res"]) + [f["ar"][d] for d in sorted(f["ar"])]
        for k, rank in zip(keys, stats.rankdata(vals)):
            u[(name, k)] = rank / (len(vals) + 1) - 0.5
    days = sorted({k for (_, k) in u})
    d = {t: np.mean([u[(n, t)] for n in fits if (n, t) in u]) for t in days}
    s = math.sqrt(np.mean([d[t] ** 2 for t in days]))
    return sum(d[t] for t in range(w[0], w[1] + 1)) / (math.sqrt(w[1] - w[0] + 1) * s)


def grank(w):
    scar = {}
    for name, f in fits.items():
        c, v = car(f, w)
        scar[name] = c / math.sqrt(v)
    sd = np.std(list(scar.values()), ddof=1)
    u = {}
    for name, f in fits.items():
        gsar = list(f["res"] / math.sqrt(f["s2"])) + [scar[name] / sd]
        keys = f["est"] + ["event"]
        for k, rank in zip(keys, stats.rankdata(gsar)):
            u[(name, k)] = rank / (len(gsar) + 1) - 0.5
    n = len(fits)
    grid = sorted({k for (_, k) in u if k != "event"}) + ["event"]
    total = 0.0
    for t in grid:
        present = [u[(m, t)] for m in fits if (m, t) in u]
        total += len(present) / n * np.mean(present) ** 2
    big_t = len(grid)
    z = np.mean([u[(m, "event")] for m in fits]) / math.sqrt(total / big_t)
    return z * math.sqrt((big_t - 2) / (big_t - 1 - z * z)), big_t - 2


def cda(w):
    days = sorted({k for f in fits.values() for k in f["est"]})
    aar = [np.mean([f["res"][f["est"].index(t)] for f in fits.values() if t in f["est"]])
           for t in days]
    caar = np.mean([car(f, w)[0] for f in fits.values()])
    return caar / (math.sqrt(w[1] - w[0] + 1) * np.std(aar, ddof=1)), len(days) - 1


for w in [(0, 0), (-1, 1), (0, 1), (-5, 5)]:
    z = corrado(w)
    g, gdf = grank(w)
    c, cdf = cda(w)
    print(w, "corrado z=%.6f p=%.10f" % (z, 2 * stats.norm.sf(abs(z))),
          "grank t=%.6f df=%d p=%.10f" % (g, gdf, 2 * stats.t.sf(abs(g), gdf)),
          "cda t=%.6f df=%d p=%.10f" % (c, cdf, 2 * stats.t.sf(abs(c), cdf)))
