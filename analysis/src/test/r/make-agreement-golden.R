#!/usr/bin/env Rscript
# Golden values for the subgroup and agreement statistics (described in
# docs/statistics.md): org.infusionoutcomes.analysis.rates.NewcombeInterval and
# org.infusionoutcomes.analysis.agreement.{CohenKappa,PearsonCorrelation}.
#
#   Rscript analysis/src/test/r/make-agreement-golden.R <out-dir>
#
# Writes, with every number as sprintf("%.17g") and NA/NaN as an empty field:
#   newcombe.csv       x1, n1, x2, n2: difference of x1/n1 - x2/n2 with Newcombe's hybrid score
#                      interval (1998, method 10) computed from prop.test(correct = FALSE) limits
#   kappa.csv          2x2 tables (both, first_only, second_only, neither): observed and expected
#                      agreement, Cohen's kappa, the Fleiss-Cohen-Everitt (1969) standard error and
#                      kappa +- qnorm(0.975) * se clipped to [-1, 1]
#   pearson_cases.csv  case_id, x, y: paired series (fixed seed)
#   pearson.csv        case_id, r = cor(x, y) (NA when either series is constant)
# The Java tests (*GoldenTest) read them from -Dgolden.dir=<out-dir>, or from the copies
# checked in under analysis/src/test/resources/golden/.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript make-agreement-golden.R <out-dir>")
out_dir <- args[[1]]
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", as.numeric(x)))
write_table <- function(df, name) {
  write.csv(df, file.path(out_dir, name), row.names = FALSE, quote = FALSE, na = "")
}

wilson <- function(x, n) {
  if (n == 0) return(c(NA, NA, NA))
  ci <- suppressWarnings(prop.test(x, n, correct = FALSE))$conf.int
  c(x / n, ci[1], ci[2])
}

# --- Newcombe hybrid score interval ---------------------------------------------------------
pairs <- list()
ns <- c(0, 1, 2, 5, 12, 40, 333)
for (n1 in ns) for (n2 in ns) {
  for (x1 in unique(c(0, n1 %/% 3, n1 %/% 2, n1))) for (x2 in unique(c(0, n2 %/% 4, n2 - 1, n2))) {
    if (x2 < 0) next
    pairs[[length(pairs) + 1]] <- c(x1, n1, x2, n2)
  }
}
newcombe <- do.call(rbind, lapply(pairs, function(g) {
  w1 <- wilson(g[1], g[2]); w2 <- wilson(g[3], g[4])
  if (is.na(w1[1]) || is.na(w2[1])) {
    return(data.frame(x1 = g[1], n1 = g[2], x2 = g[3], n2 = g[4], diff = "", ci_low = "", ci_high = ""))
  }
  d <- w1[1] - w2[1]
  low <- d - sqrt((w1[1] - w1[2])^2 + (w2[3] - w2[1])^2)
  high <- d + sqrt((w1[3] - w1[1])^2 + (w2[1] - w2[2])^2)
  data.frame(x1 = g[1], n1 = g[2], x2 = g[3], n2 = g[4], diff = num(d), ci_low = num(low), ci_high = num(high))
}))
write_table(newcombe, "newcombe.csv")

# --- Cohen's kappa with the Fleiss-Cohen-Everitt standard error -------------------------------
kappa_row <- function(cells) {
  n <- sum(cells)
  if (n == 0) {
    return(data.frame(both = cells[1], first_only = cells[2], second_only = cells[3], neither = cells[4],
                      agreement = "", expected = "", kappa = "", kappa_se = "", ci_low = "", ci_high = ""))
  }
  # rows: first scale yes/no; columns: second scale yes/no
  p <- matrix(c(cells[1], cells[3], cells[2], cells[4]), nrow = 2) / n
  pr <- rowSums(p); pc <- colSums(p)
  po <- sum(diag(p)); pe <- sum(pr * pc)
  if (pe >= 1) {
    return(data.frame(both = cells[1], first_only = cells[2], second_only = cells[3], neither = cells[4],
                      agreement = num(po), expected = num(pe), kappa = "", kappa_se = "", ci_low = "", ci_high = ""))
  }
  k <- (po - pe) / (1 - pe)
  diag_term <- sum(sapply(1:2, function(i) p[i, i] * (1 - (pr[i] + pc[i]) * (1 - k))^2))
  off_term <- 0
  for (i in 1:2) for (j in 1:2) if (i != j) off_term <- off_term + p[i, j] * (pc[i] + pr[j])^2
  se2 <- (diag_term + (1 - k)^2 * off_term - (k - pe * (1 - k))^2) / (n * (1 - pe)^2)
  se <- sqrt(max(0, se2))
  z <- qnorm(0.975)
  data.frame(both = cells[1], first_only = cells[2], second_only = cells[3], neither = cells[4],
             agreement = num(po), expected = num(pe), kappa = num(k), kappa_se = num(se),
             ci_low = num(max(-1, k - z * se)), ci_high = num(min(1, k + z * se)))
}
tables <- list(c(0, 0, 0, 0), c(5, 0, 0, 0), c(0, 0, 0, 7), c(3, 0, 0, 4), c(0, 3, 4, 0),
               c(0, 5, 0, 0), c(1, 0, 0, 0), c(10, 2, 3, 15), c(20, 5, 1, 4), c(1, 1, 1, 1),
               c(40, 9, 12, 60), c(2, 0, 1, 0), c(0, 1, 0, 1), c(7, 3, 0, 0), c(100, 1, 2, 3))
set.seed(20261205)
for (k in 1:25) tables[[length(tables) + 1]] <- rpois(4, sample(c(1, 4, 15, 60), 1))
write_table(do.call(rbind, lapply(tables, kappa_row)), "kappa.csv")

# --- Pearson correlation ----------------------------------------------------------------------
cases <- list(); results <- list()
add_case <- function(id, x, y) {
  cases[[length(cases) + 1]] <<- data.frame(case_id = id, x = num(x), y = num(y))
  r <- suppressWarnings(cor(x, y))
  results[[length(results) + 1]] <<- data.frame(case_id = id, r = num(r))
}
add_case("two_points", c(-0.5, -0.2), c(-0.1, -0.6))
add_case("perfect", c(-80, -50, -20, 0), c(-60, -35, -10, 5))
add_case("constant_x", c(-0.5, -0.5, -0.5), c(-0.1, -0.4, -0.3))
add_case("constant_y", c(-0.5, -0.2, 0.1), c(-0.25, -0.25, -0.25))
for (k in 1:8) {
  n <- sample(3:60, 1)
  x <- round(runif(n, -1, 0.4), 4)
  y <- round(0.6 * x + rnorm(n, 0, 0.2), 4)
  add_case(paste0("random_", k), x, y)
}
write_table(do.call(rbind, cases), "pearson_cases.csv")
write_table(do.call(rbind, results), "pearson.csv")

cat("agreement golden files written to", out_dir, "\n")
