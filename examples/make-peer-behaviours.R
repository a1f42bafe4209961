# Makes examples/peer-behaviours.csv: simulated round-robin peer ratings on the four themes of
# the peer-behaviours practice template (Thinking, Developing, Inspiring, Delivering; 1..5),
# from the same 14 teams and people as examples/peer-ratings.csv. Base R only; same seed, same
# bytes.
#   Rscript examples/make-peer-behaviours.R   (from the project root)
# The story: every team has people others rely on, but not the same people for every theme:
# in most teams the Thinking and Inspiring leaders overlap, while Delivering rests on one or
# two people (a theme that "leans on one person"); Developing is the most shared. Teams with a
# safer climate (examples/team-survey.csv) rate each other a little higher. About 4% of the
# dyads are not rated, and in Design a newcomer (E124) was rated on Inspiring by two teammates
# only, so --show-people withholds that figure (and one more, so that it cannot be worked out).
set.seed(20261202)
peers <- read.csv("examples/peer-ratings.csv", check.names = FALSE)
survey <- read.csv("examples/team-survey.csv", check.names = FALSE)
keyed <- survey[, paste0("PS", 1:7)]
for (i in c("PS1", "PS3", "PS5")) keyed[[i]] <- 8 - keyed[[i]]
climate <- tapply(rowMeans(keyed, na.rm = TRUE), survey$team, mean, na.rm = TRUE)
themes <- c("Thinking", "Developing", "Inspiring", "Delivering")
out <- NULL
for (team in sort(unique(peers$team))) {
  rows <- peers[peers$team == team, ]
  people <- sort(unique(c(rows$rater, rows$ratee)))
  n <- length(people)
  shift <- 0.35 * (climate[[team]] - 4.6)
  base <- rnorm(n, 0, 0.8)                       # general standing, shared by the themes
  lift <- cbind(Thinking = base + rnorm(n, 0, 0.3),
                Developing = 0.3 * base + rnorm(n, 0, 0.4),
                Inspiring = base + rnorm(n, 0, 0.3),
                Delivering = 0.3 * base + rnorm(n, 0, 0.3))
  star <- sample(n, 1)                            # Delivering leans on one person
  lift[star, "Delivering"] <- lift[star, "Delivering"] + 2
  for (i in seq_len(n)) for (j in seq_len(n)) {
    if (i == j || runif(1) < 0.04) next
    for (k in themes) {
      x <- 2.6 + shift + lift[j, k] + rnorm(1, 0, 0.6)
      out <- rbind(out, data.frame(team = team, rater = people[i], ratee = people[j],
                                   criterion = k, rating = min(5, max(1, round(x)))))
    }
  }
}
# the Design newcomer: rated on Inspiring by two teammates only
design <- out$team == "Design" & out$ratee == "E124" & out$criterion == "Inspiring"
keep <- which(design)[1:2]
out <- out[!design | seq_len(nrow(out)) %in% keep, ]
write.csv(out, "examples/peer-behaviours.csv", row.names = FALSE, quote = FALSE)
cat(nrow(out), "ratings\n")
