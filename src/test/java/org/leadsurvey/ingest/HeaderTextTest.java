package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeaderTextTest {
  static final String TEXT = "It is safe to take a risk on this team.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "It is safe to take a risk on this team.",
      "it is SAFE to take a risk on this team",
      "4. It is safe to take a risk on this team.",
      "Q4) It is safe to take a risk on this team",
      "  It is safe -- to take a risk on this team!  ",
      "Rate your team [It is safe to take a risk on this team.]",
      "Please rate each statement. - It is safe to take a risk on this team."})
  void questionTextsMatchTheItem(String header) {
    assertTrue(HeaderText.candidates(header).containsAll(HeaderText.wanted(TEXT)),
        HeaderText.candidates(header) + " vs " + HeaderText.normalise(TEXT));
  }

  @Test
  void normalisingKeepsMeaningfulNumbers() {
    assertEquals("it is safe to take a risk on this team", HeaderText.normalise("1a. It is safe to take a risk on this team"));
    assertEquals("ps1", HeaderText.normalise("PS1"));
    // A lone word is never numbering; a text that starts with a number loses it on both sides.
    assertEquals("7", HeaderText.normalise("7"));
    assertTrue(HeaderText.candidates("2. 3 people help me").containsAll(HeaderText.wanted("3 people help me").subList(1, 2)));
  }

  @Test
  void compactAndCodes() {
    assertEquals("durationinseconds", HeaderText.compact("Duration (in seconds)"));
    assertEquals("PS1", HeaderText.bracketCode("PS[PS1]"));
    assertNull(HeaderText.bracketCode("Rate your team [It is safe]"));
    assertEquals(List.of("title statement", "statement"), HeaderText.candidates("Title [Statement]"));
    assertEquals(List.of("people help me", "3 people help me"), HeaderText.wanted("3 people help me"));
  }
}
