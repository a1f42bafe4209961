package org.leadsurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void cjkAndEmojiNamesLineUpByDisplayWidth() {
    TextTable t = new TextTable("team", ">n", ">mean")
        .row("设计部", "12", "4.10")
        .row("開発チーム", "8", "3.95")
        .row("🚀 Rocket", "6", "4.50")
        .row("👩‍💻 Dev", "5", "3.00")
        .row("Équipe", "7", "3.20");
    assertEquals(List.of(
        "  team         n  mean",
        "  设计部      12  4.10",
        "  開発チーム   8  3.95",
        "  🚀 Rocket    6  4.50",
        "  👩‍💻 Dev       5  3.00",
        "  Équipe       7  3.20"), t.terminalLines("  "));
    for (String line : t.terminalLines("  ")) {
      assertEquals(22, DisplayWidth.of(line), line); // every row ends in the same column
    }
  }
}
