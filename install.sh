#!/bin/sh
# install.sh [DIR]: puts leadsurvey on your PATH, in DIR (default ~/.local/bin), with its own
# class-data-sharing archive. The archive the build leaves in target/ only works for the file it
# was made with (Java 17 checks the path), so a plain copy starts about 0.15 s slower on every
# command; this makes an archive for the copy, from the build's list of classes to share.
# Builds first if needed (Maven). Set JAVA to choose the Java runtime the archive is made for.
set -eu
cd "$(dirname "$0")"
DIR=${1:-$HOME/.local/bin}
[ -x target/leadsurvey ] && [ -f target/cds/classlist ] || mvn -q -DskipTests package
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
# Copied beside, then renamed over: a running leadsurvey is never half replaced.
cp target/leadsurvey "$DIR/.leadsurvey.tmp"
mv "$DIR/.leadsurvey.tmp" "$DIR/leadsurvey"
rm -f "$DIR/leadsurvey.jsa"
if "${JAVA:-java}" -Xshare:dump -XX:SharedClassListFile=target/cds/classlist \
    -XX:SharedArchiveFile="$DIR/leadsurvey.jsa" -XX:+UseParallelGC -Xlog:cds=off \
    -cp "$DIR/leadsurvey" > /dev/null 2>&1; then
  echo "installed $DIR/leadsurvey (and leadsurvey.jsa, its class-data-sharing archive)"
else
  rm -f "$DIR/leadsurvey.jsa"
  echo "installed $DIR/leadsurvey (without a class-data-sharing archive: it starts a little slower)"
fi
case ":$PATH:" in
  *":$DIR:"*) ;;
  *) echo "note: $DIR is not on your PATH" ;;
esac
