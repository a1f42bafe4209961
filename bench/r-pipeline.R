# The R reference pipeline of issue 7, timed step by step:
#   Rscript bench/r-pipeline.R FILE [full|read]
# full: read.csv, psych::alpha, multilevel::ICC1/ICC2 on aov, multilevel::rwg.j
# read: read.csv only (for the 1M file, where aov cannot run).
# Prints one line per step, "step seconds", then "total seconds".
args <- commandArgs(trailingOnly = TRUE)
file <- args[1]
mode <- if (length(args) > 1) args[2] else "full"
step <- function(name, expr) {
  t <- system.time(value <- expr)[["elapsed"]]
  cat(sprintf("%s %.3f\n", name, t))
  value
}
start <- proc.time()[["elapsed"]]
d <- step("read.csv", read.csv(file))
if (mode == "full") {
  suppressPackageStartupMessages({ library(psych); library(multilevel) })
  items <- paste0("PS", 1:7)
  x <- d[, items]
  for (r in c("PS1", "PS3", "PS5")) x[[r]] <- 8 - x[[r]]  # reverse keying, 1..7
  invisible(step("psych::alpha", psych::alpha(x, warnings = FALSE)))
  score <- rowMeans(x, na.rm = TRUE)
  model <- step("aov", aov(score ~ as.factor(d$team)))
  invisible(step("ICC1+ICC2", c(multilevel::ICC1(model), multilevel::ICC2(model))))
  invisible(step("rwg.j", multilevel::rwg.j(x, d$team, ranvar = (7^2 - 1) / 12)))
}
cat(sprintf("total %.3f\n", proc.time()[["elapsed"]] - start))
