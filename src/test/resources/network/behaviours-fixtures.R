# Reference values for `leadsurvey network examples/peer-behaviours.csv --climate
# examples/team-survey.csv --show-people` (several criteria), computed ONCE with R and igraph
# from the repository root:
#   Rscript src/test/resources/network/behaviours-fixtures.R > src/test/resources/network/behaviours-fixtures.log
# Writes, into src/test/resources/network/:
#   behaviours-expected-criteria.csv      per shown team x criterion: igraph's figures
#   behaviours-expected-overlap.csv       per shown team, each pair of criteria: dyads rated on
#                                         both and cor(a, b, use = "complete.obs") (NA below 3)
#   behaviours-expected-correlations.csv  per criterion, cor.test of the team climate means
#                                         with density and with centralization
#   behaviours-expected-people.csv        per person x criterion: raters and mean received
#                                         (base R), before any withholding
#   behaviours-wide.csv                   the same ratings in the wide layout, one block of
#                                         "Criterion: Person" columns per criterion
# Leadership Team, Legal and People & Culture are hidden (fewer than 5 raters, and the
# complementary rule), as in example-fixtures.R.
suppressPackageStartupMessages(library(igraph))
cat("R", R.version.string, "igraph", as.character(packageVersion("igraph")), "\n")
dir <- "src/test/resources/network/"
ratings <- read.csv("examples/peer-behaviours.csv", check.names = FALSE)
survey <- read.csv("examples/team-survey.csv", check.names = FALSE)
keyed <- survey[, paste0("PS", 1:7)]
for (i in c("PS1", "PS3", "PS5")) keyed[[i]] <- 8 - keyed[[i]]
score <- ifelse(rowSums(!is.na(keyed)) >= 4, rowMeans(keyed, na.rm = TRUE), NA)
means <- tapply(score, survey$team, mean, na.rm = TRUE)
criteria <- unique(ratings$criterion)
hidden <- c("Leadership Team", "Legal", "People & Culture")
lo <- 1; hi <- 5; threshold <- 4
figures <- NULL; overlap <- NULL; people <- NULL
for (team in sort(unique(ratings$team))) {
  rows <- ratings[ratings$team == team, ]
  members <- sort(unique(c(rows$rater, rows$ratee)))
  n <- length(members)
  matrices <- list()
  for (k in criteria) {
    r <- rows[rows$criterion == k, ]
    m <- matrix(NA, n, n, dimnames = list(members, members))
    m[cbind(r$rater, r$ratee)] <- r$rating
    matrices[[k]] <- m
    for (p in members) {
      got <- r$rating[r$ratee == p]
      people <- rbind(people, data.frame(team = team, person = p, criterion = k,
        raters = length(got), mean = if (length(got) > 0) mean(got) else NA))
    }
    if (team %in% hidden) next
    ties <- r[r$rating >= threshold, ]
    g <- graph_from_data_frame(ties[, c("rater", "ratee")], directed = TRUE,
                               vertices = data.frame(name = members))
    gv <- graph_from_data_frame(data.frame(r[, c("rater", "ratee")],
                                           weight = (r$rating - lo) / (hi - lo)),
                                directed = TRUE, vertices = data.frame(name = members))
    figures <- rbind(figures, data.frame(team = team, criterion = k, n = n,
      raters = length(unique(r$rater)), observed = nrow(r),
      responseRate = nrow(r) / (n * (n - 1)), density = mean(r$rating),
      densityBinary = edge_density(g, loops = FALSE),
      centralization = centr_degree(g, mode = "in", loops = FALSE)$centralization,
      valuedCentralization = centralize(strength(gv, mode = "in", loops = FALSE),
                                        theoretical.max = (n - 1)^2),
      reciprocity = reciprocity(g), climateMean = unname(means[team])))
  }
  if (team %in% hidden) next
  for (a in seq_along(criteria)) for (b in seq_along(criteria)) {
    if (b <= a) next
    x <- as.vector(matrices[[a]]); y <- as.vector(matrices[[b]])
    both <- !is.na(x) & !is.na(y)
    r <- if (sum(both) >= 3) suppressWarnings(cor(x, y, use = "complete.obs")) else NA
    overlap <- rbind(overlap, data.frame(team = team, a = criteria[a], b = criteria[b],
                                         dyads = sum(both), r = r))
  }
}
cors <- NULL
for (k in criteria) {
  f <- figures[figures$criterion == k, ]
  cd <- cor.test(f$climateMean, f$density)
  cc <- cor.test(f$climateMean, f$centralization)
  cors <- rbind(cors, data.frame(criterion = k, y = c("density", "centralization"),
    n = nrow(f), r = c(cd$estimate, cc$estimate), lower = c(cd$conf.int[1], cc$conf.int[1]),
    upper = c(cd$conf.int[2], cc$conf.int[2]), p = c(cd$p.value, cc$p.value)))
}
print(cors)
fmt <- function(d) {
  num <- sapply(d, is.numeric)
  d[num] <- lapply(d[num], function(v) ifelse(is.na(v), "NA", sprintf("%.17g", v)))
  d
}
write.csv(fmt(figures), paste0(dir, "behaviours-expected-criteria.csv"), row.names = FALSE,
          quote = FALSE)
write.csv(fmt(overlap), paste0(dir, "behaviours-expected-overlap.csv"), row.names = FALSE,
          quote = FALSE)
write.csv(fmt(cors), paste0(dir, "behaviours-expected-correlations.csv"), row.names = FALSE,
          quote = FALSE)
write.csv(fmt(people), paste0(dir, "behaviours-expected-people.csv"), row.names = FALSE,
          quote = FALSE)
# the wide layout: one row per rater, "Criterion: Person" columns (empty = not rated)
ratings$column <- paste0(ratings$criterion, ": ", ratings$ratee)
wide <- reshape(ratings[, c("team", "rater", "column", "rating")], idvar = c("team", "rater"),
                timevar = "column", direction = "wide")
names(wide) <- sub("^rating\\.", "", names(wide))
columns <- unlist(lapply(criteria, function(k) sort(grep(paste0("^", k, ": "), names(wide),
                                                          value = TRUE))))
wide <- wide[order(wide$team, wide$rater), c("team", "rater", columns)]
write.csv(wide, paste0(dir, "behaviours-wide.csv"), row.names = FALSE, quote = FALSE, na = "")
