"""Cross-sectional OLS check values for CrossSectionCliTest, computed by statsmodels.

    /usr/bin/python3 statsmodels_check.py ROWS.csv

ROWS.csv has the columns y, cluster, then one column per characteristic. Prints key=value lines:
<term>_<what> for the intercept (const) and each characteristic, with what = coef, se, t, p
(cov_type='nonrobust'), se_hc1, t_hc1, p_hc1 (cov_type='HC1'), se_cluster, t_cluster, p_cluster
(cov_type='cluster', groups = the cluster column, statsmodels' default correction), plus n and
r_squared. statsmodels' default use_t=False gives normal p-values for HC1 and cluster.
"""
import sys

import pandas as pd
import statsmodels
import statsmodels.api as sm

d = pd.read_csv(sys.argv[1])
names = [c for c in d.columns if c not in ("y", "cluster")]
X = sm.add_constant(d[names], has_constant="add")
model = sm.OLS(d["y"], X)
fits = {
    "": model.fit(),
    "_hc1": model.fit(cov_type="HC1"),
    "_cluster": model.fit(cov_type="cluster", cov_kwds={"groups": d["cluster"]}),
}
print("statsmodels_version=%s" % statsmodels.__version__)
print("n=%d" % len(d))
print("r_squared=%.17g" % fits[""].rsquared)
for term in X.columns:
    print("%s_coef=%.17g" % (term, fits[""].params[term]))
    for suffix, f in fits.items():
        print("%s_se%s=%.17g" % (term, suffix, f.bse[term]))
        print("%s_t%s=%.17g" % (term, suffix, f.tvalues[term]))
        print("%s_p%s=%.17g" % (term, suffix, f.pvalues[term]))
