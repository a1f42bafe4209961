#!/bin/sh
# leadsurvey: this file is a shell stub followed by the application jar.
# Set JAVA to choose a Java runtime (17 or newer) and LEADSURVEY_JAVA_OPTS to pass JVM options.
exec "${JAVA:-java}" -XX:+UseSerialGC $LEADSURVEY_JAVA_OPTS -jar "$0" "$@"
