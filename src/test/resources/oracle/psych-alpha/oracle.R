# psych::alpha's full item analysis on the keyed items of the oracle surveys (acme-psafety,
# cohesion): per item n, raw.r, std.r, r.cor, r.drop, mean, sd and response.freq (share of each
# option among the answered, and the share missing); per scale S/N, ase, median_r and the
# Duhachek interval alpha -/+ 1.96 ase as print(alpha) shows it, next to Feldt's.
# psych::alpha defaults: use = "pairwise", every row. Keyed value of a reverse keyed item:
# min + max - raw. Made with R 4.2.2 and psych 2.2.9 (Debian packages); the run prints the
# versions into oracle.log. Run from this folder:  Rscript oracle.R > oracle.log
cat(R.version.string, "\n")
suppressMessages(library(psych))
cat("psych", as.character(packageVersion("psych")), "\n")
f <- function(v) sprintf("%.15g", v)
cases <- list(
  list(name = "acme-psafety", file = "../acme-psafety/responses.csv", items = paste0("PS", 1:7),
       rev = c("PS1", "PS3", "PS5"), min = 1, max = 7),
  list(name = "cohesion", file = "../cohesion/responses.csv", items = sprintf("COH%02d", 1:5),
       rev = character(0), min = 1, max = 5))
items.out <- NULL
scale.out <- NULL
for (cs in cases) {
  d <- read.csv(cs$file, stringsAsFactors = FALSE)
  x <- d[, cs$items]
  for (r in cs$rev) x[, r] <- cs$min + cs$max - x[, r]
  a <- alpha(x, warnings = FALSE)
  print(a, digits = 6)
  st <- a$item.stats
  freq <- a$response.freq
  opts <- cs$min:cs$max
  share <- sapply(opts, function(o) {
    col <- as.character(o)
    if (col %in% colnames(freq)) freq[, col] else rep(0, nrow(freq))
  })
  colnames(share) <- paste0("freq_", opts)
  it <- data.frame(case = cs$name, item = rownames(st), n = st$n, raw_r = f(st$raw.r),
                   std_r = f(st$std.r), r_cor = f(st$r.cor), r_drop = f(st$r.drop),
                   mean = f(st$mean), sd = f(st$sd), miss = f(freq[, "miss"]))
  sh <- as.data.frame(matrix(f(share), nrow = nrow(share), dimnames = dimnames(share)))
  # options 6 and 7 are empty columns for 5-point scales
  for (o in (cs$max + 1):7) if (o > cs$max) sh[[paste0("freq_", o)]] <- ""
  items.out <- rbind(items.out, cbind(it, sh[, paste0("freq_", 1:7)]))
  tot <- a$total
  scale.out <- rbind(scale.out, data.frame(
    case = cs$name, n_obs = nrow(x), raw_alpha = f(tot$raw_alpha),
    signal_to_noise = f(tot[["S/N"]]), ase = f(tot$ase), median_r = f(tot$median_r),
    duhachek_lower = f(tot$raw_alpha - 1.96 * tot$ase),
    duhachek_upper = f(tot$raw_alpha + 1.96 * tot$ase),
    feldt_lower = f(a$feldt$lower.ci), feldt_upper = f(a$feldt$upper.ci)))
}
write.csv(items.out, "expected-items.csv", row.names = FALSE, quote = FALSE)
write.csv(scale.out, "expected-scale.csv", row.names = FALSE, quote = FALSE)
