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
exec "${JAVA:-java}" -XX:+UseParallelGC $cds $LEADSURVEY_JAVA_OPTS -jar "$0" "$@"
