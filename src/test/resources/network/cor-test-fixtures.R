# Reference values for leadsurvey's Pearson correlation with a Fisher-z 95% CI, computed ONCE:
#   Rscript cor-test-fixtures.R > cor-test-fixtures.log
# Each case is x and y (semicolon-separated); expected: stats::cor.test(x, y) estimate,
# conf.int (absent for n < 4) and p.value.
cat("R", R.version.string, "\n")
cases <- list(
  small   = list(x = c(3.6, 4.1, 5.0, 4.4, 5.8), y = c(2.9, 3.0, 3.9, 3.1, 4.2)),
  negative = list(x = c(1, 2, 3, 4, 5, 6, 7, 8), y = c(0.9, 0.7, 0.75, 0.4, 0.5, 0.2, 0.3, 0.05)),
  weak    = list(x = c(4.79, 3.77, 5.82, 5.02, 3.60, 4.58, 4.79, 5.27, 4.96, 4.12, 5.05),
                 y = c(0.31, 0.52, 0.18, 0.40, 0.33, 0.61, 0.22, 0.45, 0.27, 0.38, 0.50)),
  three   = list(x = c(1, 2, 4), y = c(2, 1, 5)))
out <- NULL
for (name in names(cases)) {
  x <- cases[[name]]$x; y <- cases[[name]]$y
  t <- cor.test(x, y, method = "pearson")
  ci <- if (is.null(t$conf.int)) c(NA, NA) else t$conf.int
  out <- rbind(out, data.frame(case = name, x = paste(x, collapse = ";"),
    y = paste(y, collapse = ";"), n = length(x), r = sprintf("%.17g", t$estimate),
    lower = sprintf("%.17g", ci[1]), upper = sprintf("%.17g", ci[2]),
    p = sprintf("%.17g", t$p.value)))
}
write.csv(out, "cor-test.csv", row.names = FALSE, quote = FALSE)
print(out)
