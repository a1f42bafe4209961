# Reference values for `leadsurvey network examples/peer-ratings.csv --climate
# examples/team-survey.csv`, computed ONCE with R and igraph from the repository root:
#   Rscript src/test/resources/network/example-fixtures.R > src/test/resources/network/example-fixtures.log
# Writes example-expected-teams.csv (per team the network figures (igraph),
# the Team Psychological Safety mean (person score = mean of keyed items, PS1, PS3, PS5 reversed
# as 8 - x, given when at least 4 of 7 items are answered), and the two cor.test results over
# the teams shown in both (Leadership Team, Legal and People & Culture are hidden), into
# example-expected-correlations.csv.
suppressPackageStartupMessages(library(igraph))
cat("R", R.version.string, "igraph", as.character(packageVersion("igraph")), "\n")
ratings <- read.csv("examples/peer-ratings.csv", check.names = FALSE)
survey <- read.csv("examples/team-survey.csv", check.names = FALSE)
items <- paste0("PS", 1:7)
keyed <- survey[, items]
for (i in c("PS1", "PS3", "PS5")) keyed[[i]] <- 8 - keyed[[i]]
answered <- rowSums(!is.na(keyed))
score <- ifelse(answered >= 4, rowMeans(keyed, na.rm = TRUE), NA)
means <- tapply(score, survey$team, mean, na.rm = TRUE)
hidden <- c("Leadership Team", "Legal", "People & Culture")
out <- NULL
for (team in setdiff(sort(unique(ratings$team)), hidden)) {
  rows <- ratings[ratings$team == team, ]
  people <- sort(unique(c(rows$rater, rows$ratee)))
  n <- length(people)
  ties <- rows[rows$rating >= 4, ]
  g <- graph_from_data_frame(ties[, c("rater", "ratee")], directed = TRUE,
                             vertices = data.frame(name = people))
  gv <- graph_from_data_frame(data.frame(rows[, c("rater", "ratee")],
                                         weight = (rows$rating - 1) / 4),
                              directed = TRUE, vertices = data.frame(name = people))
  out <- rbind(out, data.frame(team = team, n = n, observed = nrow(rows),
    responseRate = nrow(rows) / (n * (n - 1)), density = mean(rows$rating),
    densityBinary = edge_density(g, loops = FALSE),
    centralization = centr_degree(g, mode = "in", loops = FALSE)$centralization,
    valuedCentralization = centralize(strength(gv, mode = "in", loops = FALSE),
                                      theoretical.max = (n - 1)^2),
    reciprocity = reciprocity(g), climateMean = unname(means[team])))
}
cd <- cor.test(out$climateMean, out$density)
cc <- cor.test(out$climateMean, out$centralization)
cors <- data.frame(y = c("density", "centralization"), n = nrow(out),
  r = c(cd$estimate, cc$estimate), lower = c(cd$conf.int[1], cc$conf.int[1]),
  upper = c(cd$conf.int[2], cc$conf.int[2]), p = c(cd$p.value, cc$p.value))
print(cors)
fmt <- function(d) {
  num <- sapply(d, is.numeric)
  d[num] <- lapply(d[num], function(v) sprintf("%.17g", v))
  d
}
write.csv(fmt(out), "src/test/resources/network/example-expected-teams.csv", row.names = FALSE,
          quote = FALSE)
write.csv(fmt(cors), "src/test/resources/network/example-expected-correlations.csv",
          row.names = FALSE, quote = FALSE)
