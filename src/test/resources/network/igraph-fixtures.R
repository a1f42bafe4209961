# Reference values for leadsurvey's network metrics, computed ONCE with R and igraph.
# Run from this folder:  Rscript igraph-fixtures.R > igraph-fixtures.log
# Writes ratings.csv (the input, long format, scale 1..5) and expected.csv (what igraph says).
# Tests read these two files; they never run R.
suppressPackageStartupMessages(library(igraph))
cat("R", R.version.string, "igraph", as.character(packageVersion("igraph")), "\n")
set.seed(20261123)
threshold <- 4
lo <- 1; hi <- 5
sizes <- c(2, 3, 4, 5, 6, 7, 9, 12)
missing <- c(0, 0, 0.1, 0, 0.2, 0.15, 0, 0.3)
ratings <- NULL
expected <- NULL
for (k in seq_along(sizes)) {
  n <- sizes[k]
  team <- sprintf("net%02d", k)
  people <- sprintf("%s-p%02d", team, seq_len(n))
  # a few people are relied on more: skew their received ratings upwards
  lift <- sample(0:2, n, replace = TRUE, prob = c(0.6, 0.25, 0.15))
  rows <- NULL
  for (i in seq_len(n)) for (j in seq_len(n)) {
    if (i == j) next
    if (runif(1) < missing[k]) next
    r <- min(hi, max(lo, sample(1:4, 1) + lift[j]))
    rows <- rbind(rows, data.frame(team = team, rater = people[i], ratee = people[j], rating = r))
  }
  ratings <- rbind(ratings, rows)
  ties <- rows[rows$rating >= threshold, ]
  g <- graph_from_data_frame(ties[, c("rater", "ratee")], directed = TRUE,
                             vertices = data.frame(name = people))
  gv <- graph_from_data_frame(data.frame(rows[, c("rater", "ratee")],
                                         weight = (rows$rating - lo) / (hi - lo)),
                              directed = TRUE, vertices = data.frame(name = people))
  instrength <- strength(gv, mode = "in", loops = FALSE)
  expected <- rbind(expected, data.frame(
    team = team, n = n, observed = nrow(rows),
    responseRate = nrow(rows) / (n * (n - 1)),
    density = mean(rows$rating),
    densityBinary = edge_density(g, loops = FALSE),
    centralization = centr_degree(g, mode = "in", loops = FALSE)$centralization,
    valuedCentralization = centralize(instrength, theoretical.max = (n - 1)^2, normalized = TRUE),
    reciprocity = reciprocity(g, ignore.loops = TRUE, mode = "default")))
}
write.csv(ratings, "ratings.csv", row.names = FALSE, quote = FALSE)
num <- sapply(expected, is.numeric)
expected[num] <- lapply(expected[num], function(v) sprintf("%.17g", v))
write.csv(expected, "expected.csv", row.names = FALSE, quote = FALSE)
print(expected)
