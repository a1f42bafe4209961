# Reference values for `leadsurvey network examples/advice-nominations.csv --scope organisation
# --roster examples/advice-roster.csv [--show-people]`, computed ONCE with base R and igraph
# from the repository root:
#   Rscript src/test/resources/advice/advice-fixtures.R > src/test/resources/advice/advice-fixtures.log
# Writes into src/test/resources/advice/:
#   expected-teams.csv        every team, none hidden: members, respondents, internal and
#                             external ties (table() of the teams of seeker and advisor), E-I
#                             index (E - I)/(E + I), and whether --min-group 5 hides it;
#   expected-organisation.csv internal, external, E-I of the whole organisation and of the
#                             shown teams (what leadsurvey publishes when teams are hidden);
#   expected-matrix.csv       the published matrix: hidden teams pooled as "" (long form);
#   expected-betweenness.csv  igraph betweenness(directed = TRUE, normalized = TRUE) of every
#                             person in the whole network, and among the shown teams' people
#                             (induced_subgraph), NA for the people left out.
suppressPackageStartupMessages(library(igraph))
cat("R", R.version.string, "igraph", as.character(packageVersion("igraph")), "\n")
k <- 5
roster <- read.csv("examples/advice-roster.csv", colClasses = "character")
noms <- read.csv("examples/advice-nominations.csv", colClasses = "character")
answered <- unique(noms$person)
ties <- noms[noms$advisor != "" & noms$advisor != noms$person, ]
ties <- unique(ties)
team_of <- setNames(roster$team, roster$person)
teams <- sort(unique(roster$team))
m <- table(factor(team_of[ties$person], teams), factor(team_of[ties$advisor], teams))
internal <- diag(m)
external <- rowSums(m) - internal
members <- table(factor(roster$team, teams))
respondents <- table(factor(team_of[answered], teams))
# primary: fewer than k respondents; complementary: while the hidden teams together hold 1 to
# k - 1 respondents (or none), hide the shown team with the fewest respondents, ties by name
hidden <- as.vector(respondents < k)
names(hidden) <- teams
while (any(hidden) && sum(respondents[hidden]) < k && !all(hidden)) {
  cand <- teams[!hidden]
  r <- as.vector(respondents[cand])
  hidden[cand[order(r, cand)[1]]] <- TRUE
}
out <- data.frame(team = teams, n = as.vector(members), respondents = as.vector(respondents),
  internal = as.vector(internal), external = as.vector(external),
  eiIndex = as.vector((external - internal) / (external + internal)), hidden = hidden)
print(out)
write.csv(out, "src/test/resources/advice/expected-teams.csv", row.names = FALSE)
shown <- teams[!hidden]
org <- data.frame(basis = c("all teams", "shown teams"),
  internal = c(sum(internal), sum(internal[shown])),
  external = c(sum(external), sum(external[shown])))
org$eiIndex <- (org$external - org$internal) / (org$external + org$internal)
print(org)
write.csv(org, "src/test/resources/advice/expected-organisation.csv", row.names = FALSE)
pooled <- ifelse(hidden[team_of], "", team_of)
names(pooled) <- names(team_of)
levels <- c(shown, if (any(hidden)) "")
pm <- table(factor(pooled[ties$person], levels), factor(pooled[ties$advisor], levels))
print(pm)
long <- as.data.frame(pm, stringsAsFactors = FALSE)
names(long) <- c("team", "advisorTeam", "ties")
write.csv(long, "src/test/resources/advice/expected-matrix.csv", row.names = FALSE)
g <- graph_from_data_frame(ties, directed = TRUE, vertices = data.frame(name = roster$person))
all <- betweenness(g, directed = TRUE, normalized = TRUE)
keep <- roster$person[!hidden[roster$team]]
sub <- betweenness(induced_subgraph(g, keep), directed = TRUE, normalized = TRUE)
bt <- data.frame(person = roster$person, team = roster$team, whole = all[roster$person],
  shownTeams = sub[roster$person])
print(head(bt[order(-bt$shownTeams), ], 10))
write.csv(bt, "src/test/resources/advice/expected-betweenness.csv", row.names = FALSE)
