# Demographic cuts oracle: simulates a 7-item Team Psychological Safety survey with tenure,
# gender and site columns, and computes what `analyze --by` must report, with base R.
#   Rscript oracle.R   (from this folder; writes responses.csv and expected-*.csv)
# Items PS1..PS7, answers 1..7, PS1, PS3, PS5 reverse keyed; 4% missing answers; a person is
# scored when they answered at least 4 of the 7 items (score = mean of answered keyed items).
set.seed(16)
n <- 420
teams <- sprintf("Team %02d", 1:14)
team <- sample(teams, n, replace = TRUE)
# Sites follow teams (most teams sit in one place), with some remote people everywhere.
home <- setNames(rep(c("Berlin", "Lisbon", "Berlin", "Lisbon", "Toronto"), length.out = 14), teams)
site <- ifelse(runif(n) < 0.2, "Remote", home[team])
tenure <- sample(c("<1y", "1-3y", "3-10y", "10y+"), n, replace = TRUE, prob = c(.2, .35, .3, .15))
gender <- sample(c("woman", "man", "non-binary"), n, replace = TRUE, prob = c(.47, .47, .06))
tenure[runif(n) < 0.03] <- ""
gender[runif(n) < 0.04] <- ""
# Latent safety: lower for newcomers and remote staff, team effects.
teff <- setNames(rnorm(14, 0, 0.5), teams)
latent <- 4.6 + teff[team] - 0.6 * (tenure == "<1y") - 0.4 * (site == "Remote") +
  0.2 * (tenure == "10y+") + rnorm(n, 0, 1)
items <- paste0("PS", 1:7)
reverse <- c("PS1", "PS3", "PS5")
raw <- sapply(items, function(i) {
  keyed <- pmin(7, pmax(1, round(latent + rnorm(n, 0, 0.9))))
  if (i %in% reverse) 8 - keyed else keyed
})
raw[matrix(runif(n * 7) < 0.04, n)] <- NA
raw[1:3, 1:5] <- NA # three people answered only two items: not scored
d <- data.frame(respondent = sprintf("R%03d", 1:n), team = team, tenure = tenure,
  gender = gender, site = site, raw, check.names = FALSE, stringsAsFactors = FALSE)
write.csv(d, "responses.csv", row.names = FALSE, na = "", quote = FALSE)

keyed <- raw
keyed[, reverse] <- 8 - keyed[, reverse]
answered <- rowSums(!is.na(keyed))
score <- ifelse(answered >= 4, rowMeans(keyed, na.rm = TRUE), NA)
s <- !is.na(score)
f <- function(x) sprintf("%.17g", x)
groups <- list()
cells <- list()
for (by in c("tenure", "gender", "site")) {
  v <- d[[by]]
  labels <- sort(unique(v[s]))
  p <- c()
  rows <- list()
  for (g in labels) {
    x <- score[s & v == g]
    y <- score[s & v != g]
    one <- t.test(x)
    w <- t.test(x, y)
    sp <- sqrt(((length(x) - 1) * var(x) + (length(y) - 1) * var(y)) / (length(x) + length(y) - 2))
    k <- keyed[s & v == g, , drop = FALSE]
    row <- data.frame(by = by, group = g, n = length(x), mean = f(mean(x)), sd = f(sd(x)),
      ci_lower = f(one$conf.int[1]), ci_upper = f(one$conf.int[2]),
      favourable = f(sum(k >= 6, na.rm = TRUE) / sum(!is.na(k))),
      gap = f(mean(x) - mean(y)), gap_lower = f(w$conf.int[1]), gap_upper = f(w$conf.int[2]),
      p = f(w$p.value), cohens_d = f((mean(x) - mean(y)) / sp))
    for (i in items) row[[i]] <- f(mean(k[, i], na.rm = TRUE))
    rows[[g]] <- row
    p <- c(p, w$p.value)
  }
  holm <- p.adjust(p, "holm")
  for (j in seq_along(labels)) {
    rows[[j]]$p_holm <- f(holm[j])
    groups[[length(groups) + 1]] <- rows[[j]]
  }
  for (t in sort(unique(team[s]))) {
    for (g in labels) {
      x <- score[s & team == t & v == g]
      if (length(x) == 0) next
      k <- keyed[s & team == t & v == g, , drop = FALSE]
      cells[[length(cells) + 1]] <- data.frame(by = by, team = t, group = g, n = length(x),
        mean = f(mean(x)), favourable = f(sum(k >= 6, na.rm = TRUE) / sum(!is.na(k))))
    }
  }
}
write.csv(do.call(rbind, groups), "expected-groups.csv", row.names = FALSE, quote = FALSE)
write.csv(do.call(rbind, cells), "expected-cells.csv", row.names = FALSE, quote = FALSE)
writeLines(capture.output(sessionInfo())[1:3], "oracle.log")
