"""Writes the SYNTHETIC cross-section example: made-up prices, not market data.

30 made-up stocks (SYN01..SYN30) and a made-up benchmark (MKT) on business days 2023-01-02 to
2025-06-30. Each stock's daily return is 0.0002 + beta * market + noise (sd 1.5%); on its event's
day 0 it also gains 0.5% + 1.0% * x_surprise + noise (sd 0.5%), so the regression of the day-0
CAR (in percent) on x_surprise should find a slope near 1. The events fall on 12 dates, so
several share a date (the clustered standard errors). Run: python3 generate.py (seeded; the
same files every time).
"""
import datetime
import os
import random

rnd = random.Random(20250211)
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(here, "prices"), exist_ok=True)

days = []
d = datetime.date(2023, 1, 2)
while d <= datetime.date(2025, 6, 30):
    if d.weekday() < 5:
        days.append(d)
    d += datetime.timedelta(days=1)

market = [rnd.gauss(0.0003, 0.01) for _ in days]


def write(ticker, returns):
    price = 50.0
    with open(os.path.join(here, "prices", ticker + ".csv"), "w", newline="\n") as f:
        f.write("Date,Close\n")
        for day, r in zip(days, returns):
            price *= 1 + r
            f.write("%s,%.4f\n" % (day.isoformat(), price))


write("MKT", market)
dates = [days[i] for i in range(400, 640, 20)]  # 12 event dates in 2024-2025
rows = []
for k in range(30):
    ticker = "SYN%02d" % (k + 1)
    beta = rnd.uniform(0.6, 1.4)
    returns = [0.0002 + beta * m + rnd.gauss(0, 0.015) for m in market]
    day0 = dates[k % len(dates)]
    x = rnd.gauss(0, 1)
    returns[days.index(day0)] += 0.005 + 0.01 * x + rnd.gauss(0, 0.005)
    shown = "" if k in (7, 19) else "%.4f" % x  # two events without the characteristic
    rows.append("%s,%s,synthetic event %d,%s" % (ticker, day0.isoformat(), k + 1, shown))
    write(ticker, returns)

with open(os.path.join(here, "events.csv"), "w", newline="\n") as f:
    f.write("ticker,event_date,label,x_surprise\n")
    f.write("\n".join(rows) + "\n")
