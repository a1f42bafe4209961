package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where output may go (issue 17): devices, FIFOs and links written directly, regular files
 * atomically; write errors are errors with the old file intact; no output over an input; -o -
 * is standard output; temporary files never stay behind, not even after a signal.
 */
class OutputDestinationTest {
  @TempDir Path tmp;

  private String survey() throws IOException {
    Path f = tmp.resolve("survey.csv");
    Files.copy(Path.of(Cli.resource("dialects/plain.csv")), f,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return f.toString();
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  @Test
  void aSymbolicLinkStaysALinkAndItsTargetIsWritten() throws IOException {
    Path target = Files.writeString(tmp.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(tmp.resolve("link.json"), target);
    Cli.Result r = Cli.run("analyze", survey(), "-f", "json", "-o", link.toString());
    assertEquals(0, r.code(), r::toString);
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(target).startsWith("{"));
  }

  @Test
  void aFifoIsWrittenDirectlyAndStaysAFifo() throws Exception {
    Path fifo = tmp.resolve("pipe");
    Jvm.Result r = Jvm.sh(tmp, "mkfifo pipe && { cat pipe > got & } && L analyze " + survey()
        + " -f csv -o pipe; code=$?; wait; [ -p pipe ] && echo still-a-fifo; exit $code");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("still-a-fifo"), r::toString);
    assertTrue(Files.readString(tmp.resolve("got")).startsWith("scale,level,team"));
    assertTrue(Files.exists(fifo));
  }

  @Test
  void aDeviceIsWrittenDirectlyAndAFullOneIsAnError() throws Exception {
    Jvm.Result full = Jvm.sh(tmp, "L analyze " + survey() + " -o /dev/full");
    assertEquals(2, full.code(), full::toString);
    assertTrue(full.err().contains("/dev/full: cannot write: No space left on device"),
        full::toString);
    String net = Path.of("examples/peer-ratings.csv").toAbsolutePath().toString();
    Jvm.Result others = Jvm.sh(tmp, "for c in 'network " + net + "' 'validate " + survey()
        + "' 'simulate -n 100' 'generate psych-safety' 'trend " + survey() + " " + survey()
        + "'; do L $c -o /dev/full 2>/dev/null; echo \"$c: $?\"; done");
    assertEquals(5, others.out().lines().filter(l -> l.endsWith(": 2")).count(), others::toString);
    Jvm.Result nul = Jvm.sh(tmp, "L analyze " + survey() + " -o /dev/null");
    assertEquals(0, nul.code(), nul::toString);
    assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    assertFalse(Files.isRegularFile(Path.of("/dev/full")));
  }

  @Test
  void devStdoutWritesThroughTheShellsDescriptorEvenOntoAFile() throws Exception {
    Files.writeString(tmp.resolve("log"), "old\n");
    Jvm.Result r = Jvm.sh(tmp, "L analyze " + survey() + " -f csv -o /dev/stdout >> log");
    assertEquals(0, r.code(), r::toString);
    String log = Files.readString(tmp.resolve("log"));
    assertTrue(log.startsWith("old\nscale,level,team"), log);
  }

  @Test
  void aFullStandardOutputIsAnErrorButAClosedPipeIsNot() throws Exception {
    Jvm.Result full = Jvm.sh(tmp, "L analyze " + survey() + " > /dev/full");
    assertEquals(2, full.code(), full::toString);
    assertTrue(full.err().contains("cannot write to standard output: No space left on device"),
        full::toString);
    Jvm.Result sim = Jvm.sh(tmp, "L simulate -n 5000 > /dev/full");
    assertEquals(2, sim.code(), sim::toString);
    Jvm.Result head = Jvm.sh(tmp, "L simulate -n 200000 | head -1; exit ${PIPESTATUS[0]}");
    assertEquals(0, head.code(), head::toString);
  }

  @Test
  void aFullDiskLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    // ulimit -f: writes past 1 KiB fail with EFBIG, as on a full file system.
    Files.writeString(tmp.resolve("out.json"), "old");
    Files.writeString(tmp.resolve("sim.csv"), "old");
    Jvm.Result r = Jvm.sh(tmp, "ulimit -f 1; L analyze " + survey() + " -f json -o out.json");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("out.json: cannot write: File too large"), r::toString);
    Jvm.Result sim = Jvm.sh(tmp, "ulimit -f 1; L simulate -n 5000 -o sim.csv");
    assertEquals(2, sim.code(), sim::toString);
    assertFalse(sim.err().contains("internal error"), sim::toString);
    Jvm.Result net = Jvm.sh(tmp, "ulimit -f 1; L simulate --peer-ratings -n 400 -o sim.csv");
    assertEquals(2, net.code(), net::toString);
    assertEquals("old", Files.readString(tmp.resolve("out.json")));
    assertEquals("old", Files.readString(tmp.resolve("sim.csv")));
    assertEquals(List.of(), leftovers());
  }

  @Test
  void noOutputIsWrittenOverAnInput() throws IOException {
    String survey = survey();
    Path od = Files.createDirectories(tmp.resolve("od"));
    Path teams = Files.copy(Path.of(survey), od.resolve("teams.csv"));
    Cli.assertOneLineError(Cli.run("analyze", teams.toString(), "--output-dir", od.toString()),
        "refusing to write the output over an input file");
    // a table written late in the folder is refused before the first one is written
    Path late = Files.createDirectories(tmp.resolve("late"));
    Path frequencies = Files.copy(Path.of(survey), late.resolve("frequencies.csv"));
    Cli.assertOneLineError(Cli.run("analyze", frequencies.toString(), "--output-dir",
        late.toString()), "refusing to write the output over an input file");
    try (Stream<Path> written = Files.list(late)) {
      assertEquals(List.of(frequencies), written.toList(), "nothing written before the refusal");
    }
    Path yaml = Files.copy(Path.of("surveys/psych-safety.yaml"), tmp.resolve("inst.yaml"));
    String before = Files.readString(yaml);
    Cli.assertOneLineError(Cli.run("analyze", survey, "--instrument", yaml.toString(), "-o",
        yaml.toString()), "refusing to write the output over an input file");
    Cli.assertOneLineError(Cli.run("generate", yaml.toString(), "-o", yaml.toString()),
        "refusing to write the output over an input file");
    assertEquals(before, Files.readString(yaml));
    Path batch = Files.createDirectories(tmp.resolve("batch"));
    Path summary = Files.copy(Path.of(survey), batch.resolve("summary.csv"));
    Cli.Result b = Cli.run("analyze", survey, summary.toString(), "--batch", "--output-dir",
        batch.toString());
    assertEquals(2, b.code(), b::toString);
    assertTrue(b.err().contains("refusing to write the output over an input file"), b::toString);
    assertEquals(Files.readString(Path.of(survey)), Files.readString(summary));
  }

  @Test
  void dashIsStandardOutput() throws IOException {
    Cli.Result r = Cli.run("analyze", survey(), "-f", "csv", "-o", "-");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("scale,level,team"), r::toString);
    assertFalse(Files.exists(Path.of("-")));
  }

  @Test
  void badDestinationsAreUserErrors() throws IOException {
    String survey = survey();
    Cli.assertOneLineError(Cli.run("analyze", survey, "-o", ""), "-o needs a file name");
    Cli.assertOneLineError(Cli.run("analyze", survey, "-o", "/"), "/: is a directory");
    Cli.assertOneLineError(Cli.run("analyze", survey, "-o", tmp.toString()), "is a directory");
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    Cli.assertOneLineError(Cli.run("analyze", survey, "--output-dir", file.toString()),
        "is a file, not a folder");
    Cli.assertOneLineError(Cli.run("analyze", survey, "--output-dir",
        file.resolve("sub").toString()), "plain-file");
    Cli.assertOneLineError(Cli.run("network", Path.of("examples/peer-ratings.csv").toString(), "-o",
        tmp.toString()), "is a directory");
    Cli.assertOneLineError(Cli.run("validate", survey, "-o", tmp.toString()), "is a directory");
    Cli.assertOneLineError(Cli.run("simulate", "-n", "10", "-o", tmp.toString()),
        "is a directory");
  }

  @Test
  void aFolderThatCannotBeWrittenIsAUserError() {
    // As root every folder is writable: the message Main gives for the exception it would get.
    assertEquals("out/teams.csv: permission denied",
        IoMessages.describe(new java.nio.file.AccessDeniedException("out/teams.csv")));
    assertEquals("out: Read-only file system", IoMessages.describe(
        new java.nio.file.FileSystemException("out", null, "Read-only file system")));
  }

  @Test
  void aSignalDuringAWriteLeavesNoTemporaryFile() throws Exception {
    for (String signal : List.of("INT", "TERM", "HUP")) {
      Jvm.Result r = Jvm.sh(tmp, "LX simulate -n 3000000 -o big.csv & pid=$!\n"
          + "for i in $(seq 100); do ls -a | grep -q '^\\.big.csv.*tmp$' && break; sleep 0.1; done\n"
          + "sleep 0.2; kill -" + signal + " $pid; wait $pid; echo exit=$?");
      assertTrue(r.out().contains("exit=1"), r::toString); // 128 + signal
      assertEquals(List.of(), leftovers(), signal);
      assertFalse(Files.exists(tmp.resolve("big.csv")), signal);
    }
  }

  @Test
  void theStdinSpoolIsOwnerOnlyAndGoneAfterASignal() throws Exception {
    Jvm.Result r = Jvm.sh(tmp, "mkdir spool; (cat " + survey() + "; sleep 4) |"
        + " JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=spool LX analyze - --screen & pid=$!\n"
        + "for i in $(seq 100); do [ -n \"$(ls spool)\" ] && break; sleep 0.1; done\n"
        + "stat -c 'mode=%a' spool/*; kill -TERM $pid; wait $pid; echo left=$(ls spool | wc -l)");
    assertTrue(r.out().contains("mode=600"), r::toString);
    assertTrue(r.out().contains("left=0"), r::toString);
    Jvm.Result done = Jvm.sh(tmp, "cat " + survey() + " | JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=spool"
        + " L analyze - --screen >/dev/null; echo code=$? left=$(ls spool | wc -l)");
    assertTrue(done.out().contains("code=0 left=0"), done::toString);
  }
}
