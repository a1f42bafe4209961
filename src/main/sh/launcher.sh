#!/bin/sh
# leadsurvey: this file is a shell stub followed by the application jar.
# Set JAVA to choose a Java runtime (17 or newer) and LEADSURVEY_JAVA_OPTS to pass JVM options.
# Progress goes to stderr only when it is a terminal; Java cannot tell, so say it here.
LEADSURVEY_STDERR_TTY=0; [ -t 2 ] && LEADSURVEY_STDERR_TTY=1
LEADSURVEY_STDOUT_TTY=0; [ -t 1 ] && LEADSURVEY_STDOUT_TTY=1
export LEADSURVEY_STDERR_TTY LEADSURVEY_STDOUT_TTY
# Class-data sharing: the build leaves leadsurvey.jsa beside this file (a static archive of the
# classes the common commands load); it saves about a third of the start-up.
# A missing or stale archive is ignored (-Xshare:auto, and -Xlog off keeps the JVM quiet).
cds=
[ -f "$0.jsa" ] && cds="-XX:SharedArchiveFile=$0.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
# Which JIT compilers. On two cores the optimising compiler (C2) takes about a core for the
# first second and a half, and its code repays that only on long runs. So inputs of up to
# 32 MiB in all (about a million answers to 7 items) run on the quick compiler (C1) alone:
# 100,000 rows took 0.37 s instead of 0.57 s, 1.5 million rows (46 MB) 2.46 s instead of 2.24 s.
# Runs of unknown length or heavy arithmetic keep the default: standard input (-), a folder or
# a glob, `simulate` and `--screen`. LEADSURVEY_JAVA_OPTS=-XX:TieredStopAtLevel=4 overrides it.
jit=-XX:TieredStopAtLevel=1
bytes=0
value=
for a in "$@"; do
  if [ -n "$value" ]; then value=; continue; fi # an output path: not an input
  case $a in
    -o|--output|--output-dir) value=1; continue ;;
    -|simulate|--screen|*[*?[]*) jit= ;;
  esac
  if [ -d "$a" ]; then
    jit=
  elif [ -f "$a" ] && [ -r "$a" ]; then
    # An unreadable file is leadsurvey's to report, once: not a shell error here too.
    size=$(wc -c < "$a" 2>/dev/null) || size=0
    case $size in *[0-9]*) bytes=$((bytes + size)) ;; esac
  fi
done
[ "$bytes" -gt 33554432 ] && jit=
exec "${JAVA:-java}" -XX:+UseParallelGC $cds $jit $LEADSURVEY_JAVA_OPTS -jar "$0" "$@"
