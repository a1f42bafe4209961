# Makes examples/demographics.csv: simulated answers to the 7-item Team Psychological Safety
# scale (Edmondson 1999; PS1, PS3, PS5 reverse keyed; 1..7) with the demographic columns an HR
# export has: tenure, gender, site. Base R only; same seed, same bytes.
#   Rscript examples/make-demographics.R   (from the project root)
# The story: 640 people in 24 teams at three sites plus remote staff. Newcomers (<1y) and
# remote staff feel less safe; a small group of non-binary colleagues too (too small to show
# in most cuts, which is the point of the disclosure rule); a few blanks per column.
set.seed(2026)
n <- 640
teams <- c("Billing", "Cloud Ops", "Compliance", "Customer Success", "Data Platform",
  "Data Science", "Design", "Finance", "Growth", "HR", "Identity", "Infrastructure",
  "Legal", "Marketing", "Mobile", "Payments", "Platform", "Procurement", "Quality",
  "Sales DACH", "Sales Iberia", "Security", "Support", "Web")
size <- rep(c(20, 24, 28, 32, 36), length.out = 24)
team <- sample(rep(teams, size))[1:n]
home <- setNames(rep(c("Berlin", "Lisbon", "Toronto"), length.out = 24), teams)
site <- ifelse(runif(n) < 0.18, "Remote", home[team])
tenure <- sample(c("<1y", "1-3y", "3-10y", "10y+"), n, replace = TRUE,
  prob = c(.18, .36, .32, .14))
gender <- sample(c("woman", "man", "non-binary", "prefer not to say"), n, replace = TRUE,
  prob = c(.47, .46, .03, .04))
tenure[runif(n) < 0.03] <- ""
gender[runif(n) < 0.03] <- ""
site[runif(n) < 0.02] <- ""
climate <- setNames(rnorm(24, 0, 0.45), teams)
latent <- 4.7 + climate[team] - 0.55 * (tenure == "<1y") + 0.15 * (tenure == "10y+") -
  0.45 * (site == "Remote") - 0.5 * (gender == "non-binary") + rnorm(n, 0, 0.9)
items <- paste0("PS", 1:7)
reverse <- c("PS1", "PS3", "PS5")
answers <- sapply(items, function(i) {
  keyed <- pmin(7, pmax(1, round(latent + rnorm(n, 0, 0.85))))
  if (i %in% reverse) 8 - keyed else keyed
})
answers[matrix(runif(n * 7) < 0.03, n)] <- NA
d <- data.frame(respondent = sprintf("E%04d", sample(1000:9999, n)), team = team,
  tenure = tenure, gender = gender, site = site, answers, check.names = FALSE)
d <- d[order(d$respondent), ]
write.csv(d, "examples/demographics.csv", row.names = FALSE, na = "", quote = FALSE)
