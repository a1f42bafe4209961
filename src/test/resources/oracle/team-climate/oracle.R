d <- read.csv("responses.csv", stringsAsFactors = FALSE)
subs <- list(`psych-safety` = paste0("PS", 1:7), `team-learning` = paste0("TL", 1:7),
             inclusion = paste0("INC", 1:3), `freedom-to-lead` = paste0("FTL", 1:3),
             collaboration = paste0("COL", 1:3))
rev <- c("PS1","PS3","PS5","TL2","TL4","INC2","FTL3","COL3")
for (r in rev) d[[r]] <- 8 - d[[r]]
score <- sapply(subs, function(it) {
  x <- as.matrix(d[, it]); k <- length(it); a <- rowSums(!is.na(x))
  ifelse(a >= ceiling(k / 2), rowMeans(x, na.rm = TRUE), NA)
})
r <- cor(score, use = "pairwise.complete.obs")
n <- crossprod(!is.na(score))
out <- data.frame()
s <- colnames(score)
for (a in 1:(length(s) - 1)) for (b in (a + 1):length(s))
  out <- rbind(out, data.frame(scale_x = s[a], scale_y = s[b], r = sprintf("%.12f", r[a, b]), n = n[a, b]))
write.csv(out, "expected-scale-correlations.csv", row.names = FALSE, quote = FALSE)
cat(R.version.string, "\n")
suppressMessages(library(psych))
al <- sapply(subs, function(it) psych::alpha(d[, it], warnings = FALSE)$total$raw_alpha)
write.csv(data.frame(scale = names(al), alpha = sprintf("%.12f", al)), "expected-alpha.csv", row.names = FALSE, quote = FALSE)
cat("psych", as.character(packageVersion("psych")), "\n")
