package org.leadsurvey.ingest;

/**
 * Date-times as survey platforms export them, to seconds on one common clock (only the
 * difference of two is used: a completion time). Accepts {@code 2026-11-23 09:01:02}
 * (Qualtrics, LimeSurvey, ISO with {@code T}), {@code 11/23/2026 9:01:02 AM} (SurveyMonkey,
 * Microsoft Forms in US English), {@code 23.11.2026 09:01} and {@code 23/11/2026 09:01:02}
 * (day first when the first number cannot be a month). Parsed by hand: no regex, no objects.
 */
final class Timestamps {
  private Timestamps() {}

  /** Seconds since 1970-01-01 (local wall clock), or NaN when the text is not a date-time. */
  static double seconds(String text) {
    int[] f = new int[6];
    int count = 0;
    int value = 0;
    int digits = 0;
    int firstDigits = 0;
    boolean pm = false;
    boolean am = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
        if (digits > 9) {
          return Double.NaN;
        }
      } else {
        if (digits > 0) {
          if (count == 6) {
            break; // fractions of a second, time zones: ignored
          }
          if (count == 0) {
            firstDigits = digits;
          }
          f[count++] = value;
          value = 0;
          digits = 0;
        }
        if ((c == 'P' || c == 'p') && i + 1 < n && (text.charAt(i + 1) == 'M'
            || text.charAt(i + 1) == 'm')) {
          pm = true;
        } else if ((c == 'A' || c == 'a') && i + 1 < n && (text.charAt(i + 1) == 'M'
            || text.charAt(i + 1) == 'm')) {
          am = true;
        }
      }
    }
    if (count < 5) {
      return Double.NaN;
    }
    int year;
    int month;
    int day;
    if (firstDigits == 4) {
      year = f[0];
      month = f[1];
      day = f[2];
    } else {
      year = f[2] < 100 ? 2000 + f[2] : f[2];
      if (f[0] > 12) { // day first
        day = f[0];
        month = f[1];
      } else {
        month = f[0];
        day = f[1];
      }
    }
    int hour = f[3];
    if (pm && hour < 12) {
      hour += 12;
    } else if (am && hour == 12) {
      hour = 0;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || f[4] > 59) {
      return Double.NaN;
    }
    int second = count > 5 ? f[5] : 0;
    return daysFromCivil(year, month, day) * 86400.0 + hour * 3600 + f[4] * 60 + second;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
  static long daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }
}
