#!/usr/bin/env Rscript
# Writes the input of the golden tests: analysis/src/test/resources/golden/cases.csv
#
#   Rscript analysis/src/test/r/make-cases.R analysis/src/test/resources/golden/cases.csv
#
# The file is checked in; this script exists so that the pseudo-random case can be
# reproduced and extended. Each case is named after the rule it exercises. Kaplan-Meier
# is fitted per (case_id, group); the log-rank test per case_id when it has >= 2 groups.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript make-cases.R <cases.csv>")

rows <- list()
add <- function(case_id, group, time, status) {
  stopifnot(length(time) == length(status))
  rows[[length(rows) + 1]] <<- data.frame(
    case_id = case_id, group = group, time = time, status = status)
}

# Events and censorings at the same day (3 and 7): the censored stay at risk that day.
# Also a censoring (day 2) before the first event: S = 1 there.
add("tie_event_censor", "A", c(2, 3, 3, 3, 5, 7, 7, 9, 10), c(0, 1, 0, 1, 1, 0, 1, 1, 0))
# Nothing happens: S = 1 throughout, every quantile is missing.
add("all_censored", "A", c(3, 8, 8, 15, 30), c(0, 0, 0, 0, 0))
# S never falls to 0.5: median and q3 missing, q1 present.
add("median_not_reached", "A",
    c(5, 12, 14, 20, 28, 30, 45, 60, 90, 100), c(1, 1, 0, 0, 1, 0, 0, 0, 0, 0))
# S = 0.75, 0.5, 0.25 exactly, each flat until the next event: every quartile is a midpoint.
# The last event takes S to 0: std_err and CI missing there.
add("flat_half", "A", c(2, 3, 6, 8), c(1, 1, 1, 1))
# S = 0.5 from day 2 to the last (censored) day 9: median is the midpoint of 2 and 9.
add("flat_half_to_end", "A", c(1, 2, 5, 9), c(1, 1, 0, 0))
# S = 5/6 * 3/5, which is 0.5 only up to rounding: the tolerance of quantile.survfit applies.
add("flat_half_inexact", "A", c(1, 2, 2, 4, 6, 9), c(1, 1, 1, 0, 1, 0))
# Tied events at the last day take S to 0.
add("drops_to_zero_with_ties", "A", c(1, 3, 3, 4, 6, 6), c(0, 1, 1, 0, 1, 1))
add("single_censored", "A", 12, 0)
add("single_event", "A", 7, 1)
# Few distinct days, many subjects per day, events and censorings mixed.
add("heavy_ties", "A",
    c(rep(7, 10), rep(14, 8), rep(28, 8), rep(56, 4), rep(84, 2)),
    c(rep(1, 6), rep(0, 4), rep(1, 5), rep(0, 3), rep(1, 4), rep(0, 4),
      rep(1, 2), rep(0, 2), 1, 0))
# An event and a censoring at day 0 (response at the first visit on the start day).
add("event_at_day_zero", "A", c(0, 0, 3, 5, 8), c(1, 0, 1, 0, 1))
# Several censorings before the first event; the log-log CI of R is NA where S = 1.
add("censored_before_first_event", "A", c(1, 2, 2, 4, 6, 6, 10), c(0, 0, 0, 1, 1, 0, 1))

# Log-rank cases.
add("logrank_two_groups", "1", c(3, 5, 7, 7, 10, 14, 21, 28, 35, 40), c(1, 1, 1, 0, 1, 0, 1, 1, 0, 1))
add("logrank_two_groups", "2", c(6, 9, 14, 20, 28, 28, 42, 56, 60, 84), c(1, 0, 1, 1, 0, 1, 0, 1, 0, 0))
# Group 3 has no events but is at risk at event days: it counts in df.
add("logrank_group_without_events", "1", c(2, 4, 4, 8, 12, 16), c(1, 1, 0, 1, 1, 0))
add("logrank_group_without_events", "2", c(3, 6, 9, 12, 18, 24), c(0, 1, 1, 0, 1, 1))
add("logrank_group_without_events", "3", c(5, 10, 20, 30), c(0, 0, 0, 0))
# Groups of one subject (one with an event, one censored).
add("logrank_groups_of_one", "1", c(2, 3, 5, 8, 13, 21, 34, 55), c(1, 0, 1, 1, 0, 1, 1, 0))
add("logrank_groups_of_one", "2", 4, 1)
add("logrank_groups_of_one", "3", 30, 0)
# Group 4's last event comes after everyone else has left: one at risk, no variance term.
add("logrank_groups_of_one", "4", c(1, 6, 9, 60), c(1, 1, 0, 1))
# Group 3 leaves before the first event: expected 0, so survdiff leaves it out of df.
add("logrank_group_gone_before_events", "1", c(5, 6, 9, 12, 15), c(1, 1, 0, 1, 1))
add("logrank_group_gone_before_events", "2", c(5, 8, 10, 14, 20), c(0, 1, 1, 0, 1))
add("logrank_group_gone_before_events", "3", c(1, 2), c(0, 0))
# Only one group has expected events: survdiff gives chisq 0 on 0 df (p = 1).
add("logrank_one_group_expected", "1", c(5, 6, 7), c(1, 1, 0))
add("logrank_one_group_expected", "2", c(1, 3), c(0, 0))
# No events at all: survdiff gives chisq 0 on -1 df and p NaN.
add("logrank_no_events", "1", c(3, 9), c(0, 0))
add("logrank_no_events", "2", c(4, 6), c(0, 0))
# Both subjects have the event on the same day: zero variance, survdiff stops (singular).
add("logrank_singular", "1", 1, 1)
add("logrank_singular", "2", 1, 1)

# A larger pseudo-random case: 200 courses in three groups, whole days up to 120, with
# administrative censoring at 120 and random censoring; many ties by construction.
set.seed(20240611)
n <- 200
grp <- sample(1:3, n, replace = TRUE)
rate <- c(1 / 30, 1 / 45, 1 / 70)[grp]
event_day <- ceiling(rexp(n, rate))
censor_day <- ceiling(runif(n, 1, 160))
day <- pmin(event_day, censor_day, 120)
status <- as.integer(event_day <= pmin(censor_day, 120))
add("random_200", as.character(grp), day, status)

out <- do.call(rbind, rows)
write.csv(out, args[[1]], row.names = FALSE, quote = FALSE)
cat("wrote", nrow(out), "rows to", args[[1]], "\n")
