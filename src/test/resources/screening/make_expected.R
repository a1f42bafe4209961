# Expected careless-responding indices for respondents.csv. Run once with
#   Rscript make_expected.R
# (R 4.2.2, base stats only); writes expected.csv. The tests do not need R.
set.seed(20261123)
n <- 60
f <- rnorm(n)
load <- c(-1, 1, -1, 1, -1, 1, 1)          # PS1, PS3, PS5 reverse keyed
X <- sapply(load, function(l) pmin(7, pmax(1, round(4 + 1.4 * l * f + rnorm(n, sd = 0.8)))))
colnames(X) <- paste0("PS", 1:7)
secs <- round(exp(rnorm(n, log(300), 0.3)))
d <- data.frame(respondent = sprintf("c%02d", 1:n), X, seconds = secs)
# Hand-made careless respondents:
d <- rbind(d,
  data.frame(respondent = "straight", PS1 = 7, PS2 = 7, PS3 = 7, PS4 = 7, PS5 = 7, PS6 = 7, PS7 = 7, seconds = 280),
  data.frame(respondent = "random", PS1 = 1, PS2 = 1, PS3 = 7, PS4 = 2, PS5 = 1, PS6 = 7, PS7 = 1, seconds = 310),
  data.frame(respondent = "speeder", PS1 = 2, PS2 = 6, PS3 = 3, PS4 = 5, PS5 = 2, PS6 = 6, PS7 = 6, seconds = 41))
write.csv(d, "respondents.csv", row.names = FALSE, quote = FALSE)
items <- as.matrix(d[, 2:8])
longstring <- apply(items, 1, function(x) max(rle(x)$lengths))
irv <- apply(items, 1, sd)
d2 <- mahalanobis(items, colMeans(items), cov(items))
p <- pchisq(d2, df = 7, lower.tail = FALSE)
keyed <- items; keyed[, c(1, 3, 5)] <- 8 - keyed[, c(1, 3, 5)]
inconsistency <- abs(rowMeans(keyed[, c(2, 4, 6, 7)]) - rowMeans(keyed[, c(1, 3, 5)]))
median_seconds <- median(d$seconds)
out <- data.frame(respondent = d$respondent, longstring, irv = sprintf("%.15g", irv),
  d2 = sprintf("%.15g", d2), p = sprintf("%.15g", p),
  inconsistency = sprintf("%.15g", inconsistency), median_seconds = median_seconds)
write.csv(out, "expected.csv", row.names = FALSE, quote = FALSE)
