# Multilevel composite reliability of a scale (Geldhof, Preacher & Zyphur, 2014; Lai, 2021) from
# a two-level one-factor CFA fitted by maximum likelihood:
#   level 1: f =~ items (Sigma_W = lw lw' + diag(tw));  level 2: f =~ items (Sigma_B = lb lb' + diag(tb))
# over the scored people of the reported teams (min group 5; people with >= ceil(k/2) answers;
# keyed items), std.lv = TRUE, missing = "ml" where answers are missing: full-information ML
# uses every answer, as
# leadsurvey does (lavaan's default listwise deletion would drop the 55 of acme's 315 people
# with a missing answer, and with them a sixth of each team's size, which omega between
# depends on). On complete data both are the same fit.
#   omega_within  = (sum lw)^2 / ((sum lw)^2 + sum tw)             (Geldhof et al.'s omega_W)
#   omega_between = (sum lb)^2 / ((sum lb)^2 + sum tb + Ns 1'Sigma_W 1),  Ns = mean(1/n_j)
#                   (Lai's omega_b of a team's mean score, model-implied)
# and semTools::compRelSEM's omega_W (config = "f") and omega_B (shared = "f") with
# obs.var = FALSE (model-implied denominators: the same formulas, computed by semTools) and with
# its default obs.var = TRUE (the saturated model's level covariances in the denominators, which
# can differ by more than 0.01 with few teams), for comparison.
# Cases: complete-k5 and complete-k7: acme-psafety's rows with every item answered (written here
# as complete/responses.csv), min group 5 and 7 (fewer than 30 teams); acme-k5: every row of
# acme-psafety, 3% of answers missing.
# Made with R 4.2.2, lavaan 0.6-14 and semTools 0.5-6 (Debian packages); the run prints the
# versions into oracle.log. Run from this folder:  Rscript oracle.R > oracle.log
cat(R.version.string, "\n")
suppressMessages({library(lavaan); library(semTools)})
cat("lavaan", as.character(packageVersion("lavaan")), "semTools",
    as.character(packageVersion("semTools")), "\n")
items <- paste0("PS", 1:7)
rev <- c("PS1", "PS3", "PS5")
f <- function(v) sprintf("%.15g", v)
fit_case <- function(name, file, k) {
  d <- read.csv(file, stringsAsFactors = FALSE, colClasses = c(team = "character"))
  x <- d[, items]
  for (r in rev) x[, r] <- 8 - x[, r]
  scored <- rowSums(!is.na(x)) >= ceiling(length(items) / 2) & !is.na(d$team) & d$team != ""
  s <- cbind(team = d$team, x)[scored, ]
  n <- table(s$team)
  s <- s[s$team %in% names(n)[n >= k], ]
  model <- paste0("level: 1\n f =~ ", paste(items, collapse = " + "),
                  "\nlevel: 2\n f =~ ", paste(items, collapse = " + "), "\n")
  # (missing = "ml" only where answers are missing: on complete data it is the same fit, and
  # lavaan 0.6-14 fails to converge on complete-k5 with it)
  fit <- sem(model, data = s, cluster = "team", std.lv = TRUE,
             missing = if (anyNA(s[, items])) "ml" else "listwise")
  cat("\n==", name, ":", lavInspect(fit, "nobs"), "people in", lavInspect(fit, "nclusters"),
      "teams; converged", lavInspect(fit, "converged"), "\n")
  print(parameterEstimates(fit)[, c("lhs", "op", "rhs", "level", "est")], digits = 8)
  pe <- parameterEstimates(fit)
  lam <- function(l) pe$est[pe$op == "=~" & pe$level == l]
  th <- function(l) pe$est[pe$op == "~~" & pe$lhs == pe$rhs & pe$lhs %in% items & pe$level == l]
  sw <- sum(lam(1))^2 + sum(th(1))
  ns <- mean(1 / lavInspect(fit, "cluster.size"))
  ow <- sum(lam(1))^2 / sw
  ob <- sum(lam(2))^2 / (sum(lam(2))^2 + sum(th(2)) + ns * sw)
  cw <- compRelSEM(fit, config = "f", obs.var = FALSE)$config$f[["omega_W"]]
  cb <- compRelSEM(fit, shared = "f", obs.var = FALSE)$shared$f[["omega_B"]]
  cwo <- compRelSEM(fit, config = "f")$config$f[["omega_W"]]
  cbo <- compRelSEM(fit, shared = "f")$shared$f[["omega_B"]]
  out <- data.frame(case = name, people = lavInspect(fit, "nobs"),
                    teams = lavInspect(fit, "nclusters"), omega_within = f(ow),
                    omega_between = f(ob), semtools_omega_w = f(cw), semtools_omega_b = f(cb),
                    semtools_obs_omega_w = f(cwo), semtools_obs_omega_b = f(cbo),
                    logl = f(fitMeasures(fit, "logl")))
  print(t(out), quote = FALSE)
  out
}
acme <- read.csv("../acme-psafety/responses.csv", stringsAsFactors = FALSE,
                 colClasses = c(respondent = "character", team = "character"))
dir.create("complete", showWarnings = FALSE)
write.csv(acme[complete.cases(acme[, items]), ], "complete/responses.csv", row.names = FALSE,
          quote = FALSE, na = "")
res <- rbind(fit_case("complete-k5", "complete/responses.csv", 5),
             fit_case("complete-k7", "complete/responses.csv", 7),
             fit_case("acme-k5", "../acme-psafety/responses.csv", 5))
write.csv(res, "expected-multilevel.csv", row.names = FALSE, quote = FALSE)
