#!/usr/bin/env Rscript
# Golden values for the statistics in org.infusionoutcomes.analysis.{survival,rates}.
#
#   Rscript analysis/src/test/r/make-golden.R <cases.csv> <out-dir>
#
# e.g. Rscript analysis/src/test/r/make-golden.R \
#        analysis/src/test/resources/golden/cases.csv analysis/src/test/resources/golden
#
# Reads cases.csv (case_id, group, time, status; status 1 = event, 0 = censored) and
# writes, with every number as sprintf("%.17g") and NA/NaN as an empty field:
#   km_steps.csv      summary(survfit(...), censored = TRUE) per case, group, conf.type
#   km_quantiles.csv  quantile(fit, c(.25, .5, .75)) with its CI per conf.type
#   km_landmarks.csv  summary(fit, times = t, extend = FALSE) for t in the default
#                     landmarks and, per curve, day 0, every observed day, every observed
#                     day + 0.5, the first day - 0.5 and one day past the last
#   km_counts.csv     n, events, censored and the reverse-KM median follow-up
#   logrank.csv       survdiff(Surv(time, status) ~ group) (rho = 0): chisq, df, p
#   logrank_groups.csv observed and expected events per group
#   wilson.csv        prop.test(x, n, correct = FALSE)$conf.int over a grid of (x, n)
# The Java tests (GoldenComparisonTest) read these files from -Dgolden.dir=<out-dir>,
# or from the copies checked in under analysis/src/test/resources/golden/.

suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript make-golden.R <cases.csv> <out-dir>")
cases_file <- args[[1]]
out_dir <- args[[2]]
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

num <- function(x) ifelse(is.na(x), "", sprintf("%.17g", as.numeric(x)))
write_table <- function(df, name) {
  write.csv(df, file.path(out_dir, name), row.names = FALSE, quote = FALSE, na = "")
}

cases <- read.csv(cases_file, colClasses = c("character", "character", "numeric", "integer"))
stopifnot(identical(names(cases), c("case_id", "group", "time", "status")))

conf_types <- c("log", "log-log", "plain")
probs <- c(0.25, 0.5, 0.75)
default_landmarks <- c(7, 14, 28, 56, 84)

steps <- list(); quants <- list(); marks <- list(); counts <- list()
curves <- unique(cases[, c("case_id", "group")])
for (i in seq_len(nrow(curves))) {
  cid <- curves$case_id[i]
  grp <- curves$group[i]
  d <- cases[cases$case_id == cid & cases$group == grp, ]

  # Median follow-up: Kaplan-Meier of the censoring distribution (reverse KM).
  rev_fit <- survfit(Surv(time, 1 - status) ~ 1, data = d)
  followup <- unname(quantile(rev_fit, 0.5, conf.int = FALSE))
  counts[[length(counts) + 1]] <- data.frame(
    case_id = cid, group = grp, n = nrow(d), events = sum(d$status == 1),
    censored = sum(d$status == 0), median_followup = num(followup))

  lm_times <- sort(unique(c(default_landmarks, 0, d$time, d$time + 0.5,
                            if (min(d$time) > 0.5) min(d$time) - 0.5, max(d$time) + 1)))
  for (ct in conf_types) {
    fit <- survfit(Surv(time, status) ~ 1, data = d, conf.type = ct)

    s <- summary(fit, censored = TRUE)
    steps[[length(steps) + 1]] <- data.frame(
      case_id = cid, group = grp, conf_type = ct, time = num(s$time),
      n_risk = s$n.risk, n_event = s$n.event, n_censor = s$n.censor,
      survival = num(s$surv), std_err = num(s$std.err),
      ci_low = num(s$lower), ci_high = num(s$upper))

    q <- quantile(fit, probs = probs)
    quants[[length(quants) + 1]] <- data.frame(
      case_id = cid, group = grp, conf_type = ct, p = num(probs),
      time = num(q$quantile), ci_low = num(q$lower), ci_high = num(q$upper))

    for (t in lm_times) {
      # One time per call: summary() stops when no requested time is within the curve,
      # which is exactly the "empty landmark" case.
      v <- tryCatch(summary(fit, times = t, extend = FALSE), error = function(e) NULL)
      marks[[length(marks) + 1]] <- if (is.null(v)) {
        data.frame(case_id = cid, group = grp, conf_type = ct, time = num(t),
                   survival = "", std_err = "", ci_low = "", ci_high = "")
      } else {
        data.frame(case_id = cid, group = grp, conf_type = ct, time = num(t),
                   survival = num(v$surv), std_err = num(v$std.err),
                   ci_low = num(v$lower), ci_high = num(v$upper))
      }
    }
  }
}
write_table(do.call(rbind, steps), "km_steps.csv")
write_table(do.call(rbind, quants), "km_quantiles.csv")
write_table(do.call(rbind, marks), "km_landmarks.csv")
write_table(do.call(rbind, counts), "km_counts.csv")

tests <- list(); per_group <- list()
for (cid in unique(cases$case_id)) {
  d <- cases[cases$case_id == cid, ]
  groups <- sort(unique(d$group))
  if (length(groups) < 2) next
  y <- Surv(d$time, d$status)
  raw <- survival:::survdiff.fit(y, factor(d$group, levels = groups), rep(1, nrow(d)), 0)
  df <- sum(raw$expected > 0) - 1
  fit <- tryCatch(suppressWarnings(survdiff(Surv(time, status) ~ group, data = d)),
                  error = function(e) e)
  if (inherits(fit, "error")) {
    # survdiff stops when the variance matrix is singular; there is no statistic.
    tests[[length(tests) + 1]] <- data.frame(
      case_id = cid, groups = paste(groups, collapse = ";"), chisq = "", df = df,
      p_value = "", note = "singular")
  } else {
    stopifnot(df == length(fit$n[fit$exp > 0]) - 1)
    tests[[length(tests) + 1]] <- data.frame(
      case_id = cid, groups = paste(groups, collapse = ";"), chisq = num(fit$chisq),
      df = df, p_value = num(suppressWarnings(pchisq(fit$chisq, df, lower.tail = FALSE))), note = "")
  }
  per_group[[length(per_group) + 1]] <- data.frame(
    case_id = cid, group = groups, n = as.vector(table(factor(d$group, levels = groups))),
    observed = num(raw$observed), expected = num(raw$expected))
}
write_table(do.call(rbind, tests), "logrank.csv")
write_table(do.call(rbind, per_group), "logrank_groups.csv")

grid <- list()
for (n in c(0, 1, 2, 3, 4, 5, 7, 10, 13, 20, 25)) {
  for (x in 0:n) grid[[length(grid) + 1]] <- c(x, n)
}
for (n in c(50, 100, 250, 1000, 12345)) {
  for (x in unique(c(0, 1, 2, 3, n %/% 10, n %/% 3, n %/% 2, n - 2, n - 1, n))) {
    grid[[length(grid) + 1]] <- c(x, n)
  }
}
wilson <- do.call(rbind, lapply(grid, function(g) {
  x <- g[[1]]; n <- g[[2]]
  if (n == 0) {
    # prop.test refuses n = 0; the contract is an empty rate and CI.
    return(data.frame(x = x, n = n, rate = "", ci_low = "", ci_high = ""))
  }
  ci <- suppressWarnings(prop.test(x, n, correct = FALSE))$conf.int
  data.frame(x = x, n = n, rate = num(x / n), ci_low = num(ci[1]), ci_high = num(ci[2]))
}))
write_table(wilson, "wilson.csv")

cat("golden files written to", out_dir, "\n")
