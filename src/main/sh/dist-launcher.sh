#!/bin/sh
# leadsurvey, as unpacked from leadsurvey-VERSION-linux-x64.tar.gz: runs lib/leadsurvey (the
# launcher and jar of a plain build) on the Java runtime beside it, so no Java need be installed.
# Found through symbolic links (install.sh links PREFIX/bin/leadsurvey here).
here=$(dirname "$(readlink -f "$0")")/..
JAVA=$here/runtime/bin/java exec "$here/lib/leadsurvey" "$@"
