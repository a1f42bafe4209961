# Reference p values for the trend marks of the example waves (examples/waves/*.csv):
# per scale group and pair of waves, Welch's t.test of person scores (later minus earlier)
# and p.adjust(method = "holm") over the teams reported in both waves of the pair; the
# organisation's p is not adjusted. Person score: mean of answered keyed items (PS1, PS3, PS5
# reverse keyed as 8 - raw) when >= ceil(7/2) = 4 answered. A team is reported in a wave when
# it has >= 5 scored people and the complementary rule (hidden plus unteamed scored people
# between 1 and 4) does not bind; the script prints H per wave to show that it does not.
# Made with R 4.2.2. Run from this folder:  Rscript holm.R > holm.log
cat(R.version.string, "\n")
items <- paste0("PS", 1:7)
rev <- c("PS1", "PS3", "PS5")
waves <- c("2026-q1", "2026-q2", "2026-q3")
k <- 5
score <- function(d) {
  x <- as.matrix(d[, items])
  for (r in rev) x[, r] <- 8 - x[, r]
  answered <- rowSums(!is.na(x))
  s <- ifelse(answered >= ceiling(length(items) / 2), rowMeans(x, na.rm = TRUE), NA)
  data.frame(team = d$team, score = s, stringsAsFactors = FALSE)[!is.na(s), ]
}
scored <- lapply(waves, function(w) {
  d <- read.csv(file.path("../../../../examples/waves", paste0(w, ".csv")),
                stringsAsFactors = FALSE, colClasses = c(team = "character"))
  d$team[is.na(d$team)] <- ""
  s <- score(d)
  n <- table(s$team[s$team != ""])
  H <- sum(n[n < k]) + sum(s$team == "")
  cat(w, ": H =", H, "(complementary rule binds only when 0 < H <", k, ")\n")
  stopifnot(H == 0 || H >= k)
  s
})
names(scored) <- waves
reported <- function(w) { n <- table(scored[[w]]$team[scored[[w]]$team != ""]); names(n)[n >= k] }
pairs <- list(c(1, 2), c(2, 3), c(1, 3))
f <- function(v) sprintf("%.15g", v)
out <- NULL
for (p in pairs) {
  a <- waves[p[1]]; b <- waves[p[2]]
  o <- t.test(scored[[b]]$score, scored[[a]]$score, var.equal = FALSE)
  out <- rbind(out, data.frame(team = "Organisation", from = a, to = b, p = f(o$p.value),
                               p_holm = f(o$p.value)))
  teams <- sort(intersect(reported(a), reported(b)))
  pv <- sapply(teams, function(t) t.test(scored[[b]]$score[scored[[b]]$team == t],
                                         scored[[a]]$score[scored[[a]]$team == t],
                                         var.equal = FALSE)$p.value)
  out <- rbind(out, data.frame(team = teams, from = a, to = b, p = f(pv),
                               p_holm = f(p.adjust(pv, "holm"))))
}
print(out, row.names = FALSE)
write.csv(out, "expected-holm.csv", row.names = FALSE, quote = FALSE)
