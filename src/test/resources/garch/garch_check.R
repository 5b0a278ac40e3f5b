# GARCH(1,1) check values for GarchEstimatorTest, computed outside the Java code.
#
#   Rscript garch_check.R generate series.csv   writes the SYNTHETIC series (seeded; run once)
#   Rscript garch_check.R fit series.csv        prints the estimates as key=value lines
#
# "fgarch_*": fGarch::garchFit(~garch(1,1), include.mean = TRUE) on g (a constant mean).
#   fGarch's conventions: Gaussian likelihood with its log(2 pi) terms; the recursion starts at
#   h_1 = omega + (alpha + beta) mean(z^2), z the residuals of the current mean (init.rec "mci");
#   fit@fit$llh is the NEGATIVE log-likelihood.
# "reg_*": y = a + b x + e with the same variance equation; fGarch has no regressor in the mean,
#   so this likelihood is written below from the formula (and checked against fGarch's own llh at
#   fGarch's estimates, "check_llh_*") and maximised with nlminb on the box omega > 0,
#   alpha >= 0, beta >= 0, with alpha + beta < 1 enforced by an infinite penalty.
args <- commandArgs(trailingOnly = TRUE)
mode <- args[1]
file <- args[2]
if (mode == "generate") {
  set.seed(20250211)
  n <- 1000
  x <- rnorm(n, 0.0004, 0.011)
  e <- numeric(n)
  om <- 2e-6; al <- 0.08; be <- 0.88
  hp <- om / (1 - al - be); ep <- 0
  for (t in 1:n) {
    h <- om + al * ep^2 + be * hp
    e[t] <- sqrt(h) * rnorm(1)
    ep <- e[t]; hp <- h
  }
  g <- 0.0003 + e
  y <- 0.0003 + 1.2 * x + e
  write.csv(data.frame(g = sprintf("%.17g", g), y = sprintf("%.17g", y), x = sprintf("%.17g", x)), file,
            row.names = FALSE, quote = FALSE)
  quit(save = "no")
}
suppressMessages(library(fGarch))
d <- read.csv(file)
g <- d$g; y <- d$y; x <- d$x
# h_t = omega + alpha z_(t-1)^2 + beta h_(t-1), with z_0^2 = h_0 = mean(z^2)
loglik <- function(a, b, omega, alpha, beta, y, x) {
  z <- y - a - b * x
  mvar <- mean(z^2)
  u <- omega + alpha * c(mvar, z[-length(z)]^2)
  h <- as.numeric(stats::filter(u, beta, method = "recursive", init = mvar))
  -0.5 * sum(log(2 * pi) + log(h) + z^2 / h)
}
out <- function(key, v) cat(key, "=", sprintf("%.17g", v), "\n", sep = "")
cat("r_version=", R.version.string, "\n", "fgarch_version=", as.character(packageVersion("fGarch")), "\n", sep = "")
f <- garchFit(~garch(1, 1), data = g, include.mean = TRUE, trace = FALSE)
cf <- coef(f)
out("fgarch_mu", cf["mu"]); out("fgarch_omega", cf["omega"])
out("fgarch_alpha", cf["alpha1"]); out("fgarch_beta", cf["beta1"])
out("fgarch_loglik", -f@fit$llh)
out("check_llh_formula", loglik(cf["mu"], 0, cf["omega"], cf["alpha1"], cf["beta1"], g, 0 * g))
sy <- sd(y); sx <- sd(x)
ols <- lm(y ~ x)
start <- c(coef(ols)[1] / sy, coef(ols)[2] * sx / sy, 0.1, 0.1, 0.8)
nll <- function(p) {
  if (p[4] + p[5] >= 1) return(Inf)
  -loglik(p[1] * sy, p[2] * sy / sx, p[3] * sy^2, p[4], p[5], y, x)
}
r <- nlminb(start, nll, lower = c(-Inf, -Inf, 1e-10, 0, 0), upper = c(Inf, Inf, Inf, 1, 1),
            control = list(rel.tol = 1e-11, eval.max = 5000, iter.max = 2000))
out("reg_a", r$par[1] * sy); out("reg_b", r$par[2] * sy / sx); out("reg_omega", r$par[3] * sy^2)
out("reg_alpha", r$par[4]); out("reg_beta", r$par[5]); out("reg_loglik", -r$objective)
out("reg_convergence", r$convergence)
cat("reg_message=", r$message, "\n", sep = "")
