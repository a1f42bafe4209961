# Reference figures for aggregation over *reportable teams only*.
# For each case: score people (mean of answered keyed items, PS1/PS3/PS5
# reverse keyed as 8 - raw, scored only when >= ceil(7/2) = 4 items answered),
# hide teams with n < k scored people, then apply the complementary rule
# (H = scored people in hidden teams + scored people with no team; while
# 0 < H < k also hide the smallest visible team, ties by name ascending),
# and over the scored people of the remaining teams fit
# aov(score ~ factor(team)) and take F, df, p, multilevel::ICC1 and ICC2.
# Cases: acme-k5, acme-k7 (../acme-psafety/responses.csv) and unteamed-k5
# (responses-unteamed.csv, written here: acme with the team cell blanked on the
# first 2 rows of team-03).
# Made with R 4.2.2 and multilevel 2.7 (Debian packages); the run prints the
# versions into oracle.log. Run from this folder:  Rscript oracle.R > oracle.log
cat(R.version.string, "\n")
suppressMessages(library(multilevel))
cat("multilevel", as.character(packageVersion("multilevel")), "\n")

items <- paste0("PS", 1:7)
rev <- c("PS1", "PS3", "PS5")

acme <- read.csv("../acme-psafety/responses.csv", stringsAsFactors = FALSE,
                 colClasses = c(respondent = "character", team = "character"))
acme$team[is.na(acme$team)] <- ""

unteamed <- acme
blank <- head(which(unteamed$team == "team-03"), 2)
cat("blanked team on rows", blank, "(respondents", unteamed$respondent[blank], ")\n")
unteamed$team[blank] <- ""
write.csv(unteamed, "responses-unteamed.csv", row.names = FALSE, quote = FALSE, na = "")

# Complementary hiding: without team-01, team-02 and team-42, team-41 (2 people) is the only
# small team, so the smallest other team (team-03, 5 people) is hidden with it.
complementary <- acme[!acme$team %in% c("team-01", "team-02", "team-42"), ]
write.csv(complementary, "responses-complementary.csv", row.names = FALSE, quote = FALSE, na = "")

aggregate_case <- function(name, d, k) {
  x <- as.matrix(d[, items])
  for (r in rev) x[, r] <- 8 - x[, r]
  answered <- rowSums(!is.na(x))
  score <- ifelse(answered >= ceiling(length(items) / 2), rowMeans(x, na.rm = TRUE), NA)
  s <- data.frame(team = d$team, score = score, stringsAsFactors = FALSE)[!is.na(score), ]
  noteam <- sum(s$team == "")
  teamed <- s[s$team != "", ]
  n <- table(teamed$team)
  hidden <- names(n)[n < k]
  H <- sum(n[hidden]) + noteam
  cat(sprintf("\n== %s: k = %d, %d people scored (%d unscored), %d with no team, %d teams\n",
              name, k, nrow(s), sum(is.na(score)), noteam, length(n)))
  cat("hidden (n < k):", if (length(hidden)) paste0(hidden, "(", n[hidden], ")") else "none", "\n")
  while (H > 0 && H < k) {
    vis <- names(n)[!names(n) %in% hidden]
    vis <- vis[order(as.integer(n[vis]), vis, method = "radix")]
    cat("complementary: H =", H, "< k, also hide", vis[1], "(", n[vis[1]], ")\n")
    hidden <- c(hidden, vis[1])
    H <- H + n[[vis[1]]]
  }
  cat("H =", H, "\n")
  hidden <- sort(hidden, method = "radix")
  rep <- teamed[!teamed$team %in% hidden, ]
  fit <- aov(score ~ factor(team), data = rep)
  tab <- summary(fit)[[1]]
  print(tab, digits = 12)
  f <- function(v) sprintf("%.15g", v)
  out <- data.frame(case = name, min_group = k, teams = length(unique(rep$team)),
                    people = nrow(rep), f = f(tab[1, "F value"]),
                    df_between = tab[1, "Df"], df_within = tab[2, "Df"],
                    p = f(tab[1, "Pr(>F)"]), icc1 = f(ICC1(fit)), icc2 = f(ICC2(fit)),
                    hidden_teams = paste(hidden, collapse = ";"))
  print(t(out), quote = FALSE)
  out
}

res <- rbind(aggregate_case("acme-k5", acme, 5),
             aggregate_case("acme-k7", acme, 7),
             aggregate_case("unteamed-k5", unteamed, 5),
             aggregate_case("complementary-k5", complementary, 5))
write.csv(res, "expected-aggregation.csv", row.names = FALSE, quote = FALSE)
