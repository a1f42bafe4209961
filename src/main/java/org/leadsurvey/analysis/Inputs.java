package org.leadsurvey.analysis;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.leadsurvey.stats.NaturalOrder;

/**
 * Turns FILE arguments into the files to read: a file (or {@code -}) as given; a folder as its
 * {@code *.csv} and {@code *.xlsx} files (not recursive); a glob ({@code *}, {@code ?}, {@code [..]} in the last
 * part, e.g. {@code 'exports/q*.csv'}, for shells that do not expand it) as its matches.
 * Folders and globs are listed in natural order (q2 before q10).
 */
final class Inputs {
  private Inputs() {}

  /** Whether the arguments name a set of files (several, a folder or a glob), not one file. */
  static boolean isSeveral(List<String> args) {
    return args.size() > 1 || (!"-".equals(args.get(0))
        && (Files.isDirectory(Path.of(args.get(0))) || isGlob(args.get(0))));
  }

  static List<String> expand(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      if ("-".equals(a)) {
        out.add(a);
      } else if (Files.isDirectory(Path.of(a))) {
        // Excel's lock files (~$name.xlsx, there while a workbook is open) are not surveys.
        List<String> files = list(Path.of(a), "glob:[!~]*.{csv,CSV,Csv,xlsx,XLSX,Xlsx}");
        if (files.isEmpty()) {
          boolean xls = !list(Path.of(a), "glob:*.{xls,XLS,Xls}").isEmpty();
          throw UserError.input(a + ": is a directory with no .csv or .xlsx files (a folder"
              + " means one wave, or with --batch one survey, per file in it)"
              + (xls ? "; its .xls files are old binary Excel: save them as .xlsx or CSV" : ""));
        }
        out.addAll(files);
      } else if (isGlob(a)) {
        Path p = Path.of(a);
        Path dir = p.getParent() == null ? Path.of(".") : p.getParent();
        List<String> matches = Files.isDirectory(dir)
            ? list(dir, "glob:" + p.getFileName()) : List.of();
        if (matches.isEmpty()) {
          throw UserError.input(a + ": no file matches");
        }
        out.addAll(p.getParent() == null
            ? matches.stream().map(m -> Path.of(m).getFileName().toString()).toList() : matches);
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean isGlob(String a) {
    String name = Path.of(a).getFileName() == null ? a : Path.of(a).getFileName().toString();
    return !Files.exists(Path.of(a)) && (name.contains("*") || name.contains("?")
        || name.contains("["));
  }

  private static List<String> list(Path dir, String pattern) {
    PathMatcher m = FileSystems.getDefault().getPathMatcher(pattern);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && m.matches(p.getFileName()))
          .map(Path::toString)
          .sorted(NaturalOrder.INSTANCE)
          .toList();
    } catch (IOException e) {
      throw UserError.input(dir + ": cannot list the folder (" + e.getMessage() + ")");
    }
  }

  /** A file's name without folder and without a .csv or .xlsx extension (a default wave name). */
  static String stem(String file) {
    if ("-".equals(file)) {
      return "stdin";
    }
    String name = Path.of(file).getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") ? name.substring(0, name.length() - 4)
        : lower.endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
  }
}
