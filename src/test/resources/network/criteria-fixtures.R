# Reference values for leadsurvey's network metrics on ratings with several criteria, computed
# ONCE with R and igraph. Run from this folder:
#   Rscript criteria-fixtures.R > criteria-fixtures.log
# Writes criteria-ratings.csv (long format team,rater,ratee,criterion,rating, scale 1..5) and
# criteria-expected.csv (per team x criterion, igraph's figures) and criteria-overlap.csv (per
# team and pair of criteria, the dyads rated on both and cor(use = "complete.obs"), NA below 3).
# Each criterion has its own gaps, some people are rated on one criterion only, and a team's
# members are whoever rated or was rated on any criterion. Tests read these files; never R.
suppressPackageStartupMessages(library(igraph))
cat("R", R.version.string, "igraph", as.character(packageVersion("igraph")), "\n")
set.seed(20261202)
threshold <- 4
lo <- 1; hi <- 5
criteria <- c("A", "B", "C")
sizes <- c(3, 4, 5, 6, 8, 10)
ratings <- NULL; expected <- NULL; overlap <- NULL
for (k in seq_along(sizes)) {
  n <- sizes[k]
  team <- sprintf("crit%02d", k)
  people <- sprintf("%s-p%02d", team, seq_len(n))
  general <- rnorm(n, 0, 0.8)
  matrices <- list()
  for (c in criteria) {
    gap <- runif(1, 0, 0.35)
    lift <- general * runif(1, 0, 1) + rnorm(n, 0, 0.6)
    m <- matrix(NA, n, n, dimnames = list(people, people))
    for (i in seq_len(n)) for (j in seq_len(n)) {
      if (i == j || runif(1) < gap) next
      m[i, j] <- min(hi, max(lo, round(3 + lift[j] + rnorm(1, 0, 0.7))))
    }
    if (c == "C" && n >= 5) m[, n] <- NA    # the last person is never rated on C
    matrices[[c]] <- m
    idx <- which(!is.na(m), arr.ind = TRUE)
    rows <- data.frame(team = team, rater = people[idx[, 1]], ratee = people[idx[, 2]],
                       criterion = c, rating = m[idx])
    ratings <- rbind(ratings, rows)
  }
  members <- sort(unique(c(ratings$rater[ratings$team == team],
                           ratings$ratee[ratings$team == team])))
  n <- length(members)
  for (c in criteria) {
    r <- ratings[ratings$team == team & ratings$criterion == c, ]
    ties <- r[r$rating >= threshold, ]
    g <- graph_from_data_frame(ties[, c("rater", "ratee")], directed = TRUE,
                               vertices = data.frame(name = members))
    gv <- graph_from_data_frame(data.frame(r[, c("rater", "ratee")],
                                           weight = (r$rating - lo) / (hi - lo)),
                                directed = TRUE, vertices = data.frame(name = members))
    expected <- rbind(expected, data.frame(team = team, criterion = c, n = n,
      raters = length(unique(r$rater)), observed = nrow(r),
      responseRate = nrow(r) / (n * (n - 1)), density = mean(r$rating),
      densityBinary = edge_density(g, loops = FALSE),
      centralization = centr_degree(g, mode = "in", loops = FALSE)$centralization,
      valuedCentralization = centralize(strength(gv, mode = "in", loops = FALSE),
                                        theoretical.max = (n - 1)^2),
      reciprocity = reciprocity(g)))
  }
  for (a in 1:2) for (b in (a + 1):3) {
    x <- as.vector(matrices[[a]]); y <- as.vector(matrices[[b]])
    both <- !is.na(x) & !is.na(y)
    r <- if (sum(both) >= 3) suppressWarnings(cor(x, y, use = "complete.obs")) else NA
    overlap <- rbind(overlap, data.frame(team = team, a = criteria[a], b = criteria[b],
                                         dyads = sum(both), r = r))
  }
}
fmt <- function(d) {
  num <- sapply(d, is.numeric)
  d[num] <- lapply(d[num], function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v)))
  d
}
write.csv(ratings, "criteria-ratings.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(expected), "criteria-expected.csv", row.names = FALSE, quote = FALSE)
write.csv(fmt(overlap), "criteria-overlap.csv", row.names = FALSE, quote = FALSE)
print(expected)
print(overlap)
