# Favourable shares with --favourable 5..7 (the top three of seven options) on acme-psafety:
# per team, the share of its scored members' keyed answers in 5..7
# (mean(keyed >= 5, na.rm = TRUE) over the members with >= ceil(7/2) = 4 answers), the
# organisation's the same over every scored person, and per item the organisation's shares of
# unfavourable (1..3, the mirror image), neutral (4) and favourable (5..7) keyed answers over
# all answers to the item (the item chart). PS1, PS3, PS5 reverse keyed as 8 - raw.
# Made with R 4.2.2. Run from this folder:  Rscript oracle.R > oracle.log
cat(R.version.string, "\n")
items <- paste0("PS", 1:7)
rev <- c("PS1", "PS3", "PS5")
lo <- 5; hi <- 7; unfav <- 1 + 7 - lo
d <- read.csv("../acme-psafety/responses.csv", stringsAsFactors = FALSE,
              colClasses = c(team = "character"))
x <- as.matrix(d[, items])
for (r in rev) x[, r] <- 8 - x[, r]
scored <- rowSums(!is.na(x)) >= ceiling(length(items) / 2)
f <- function(v) sprintf("%.15g", v)
share <- function(m) mean(m >= lo & m <= hi, na.rm = TRUE)
teams <- sort(unique(d$team[scored]))
out <- data.frame(group = c("Organisation", teams),
                  favourable = f(c(share(x[scored, ]),
                                   sapply(teams, function(t) share(x[scored & d$team == t, ])))))
print(out, row.names = FALSE)
write.csv(out, "expected-groups.csv", row.names = FALSE, quote = FALSE)
it <- data.frame(item = items,
                 unfavourable = f(colMeans(x <= unfav, na.rm = TRUE)),
                 neutral = f(colMeans(x > unfav & x < lo, na.rm = TRUE)),
                 favourable = f(colMeans(x >= lo, na.rm = TRUE)))
print(it, row.names = FALSE)
write.csv(it, "expected-items.csv", row.names = FALSE, quote = FALSE)
