# Makes examples/advice-roster.csv (team,person) and examples/advice-nominations.csv
# (person,advisor): simulated answers to "Whom do you go to for advice about your work?",
# anyone in the organisation, up to five names. Base R only; same seed, same bytes.
#   Rscript examples/make-advice.R   (from the project root)
# The story: 65 people in 9 teams. Most advice stays inside teams; Product and Engineering
# talk to each other, a few senior people are asked across the organisation (brokers), and
# Legal (3 people) and Facilities (2, one of whom answered) are too small to show, so
# `network --scope organisation` hides them and, because the two together hold only 4
# respondents, Finance (the smallest other team) too.
set.seed(20)
teams <- c("Customer Support", "Data", "Engineering", "Facilities", "Finance", "Legal",
  "Marketing", "Product", "Sales")
size <- c(9, 7, 12, 2, 5, 3, 7, 8, 12)
team <- rep(teams, size)
person <- sprintf("P%03d", seq_along(team))
roster <- data.frame(team = team, person = person)
# how likely a seeker in the row's team looks to the column's team, beside their own
near <- matrix(1, length(teams), length(teams), dimnames = list(teams, teams))
near["Engineering", c("Product", "Data")] <- 6
near["Product", c("Engineering", "Data", "Customer Support")] <- 5
near["Data", c("Engineering", "Product")] <- 5
near["Sales", c("Marketing", "Customer Support")] <- 5
near["Marketing", c("Sales", "Product")] <- 5
near["Customer Support", c("Product", "Sales")] <- 4
# the brokers: asked far more often than their colleagues
pull <- rep(1, length(person))
pull[person %in% c("P014", "P033", "P043", "P056")] <- 8
# Facilities' second person (P029) did not answer; P061 answered and named nobody
silent <- "P029"
rows <- NULL
for (i in seq_along(person)) {
  if (person[i] %in% silent) next
  if (person[i] == "P061") {
    rows <- rbind(rows, data.frame(person = person[i], advisor = ""))
    next
  }
  k <- sample(1:5, 1)
  own <- team == team[i]
  w <- ifelse(own, 30, near[team[i], team]) * pull
  w[i] <- 0
  chosen <- sample(person, k, prob = w)
  rows <- rbind(rows, data.frame(person = person[i], advisor = chosen))
}
write.csv(roster, "examples/advice-roster.csv", row.names = FALSE, quote = FALSE)
write.csv(rows, "examples/advice-nominations.csv", row.names = FALSE, quote = FALSE)
