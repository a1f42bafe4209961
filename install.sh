#!/bin/sh
# install.sh [PREFIX]: installs leadsurvey under PREFIX (default ~/.local): the program and its
# own Java runtime in PREFIX/lib/leadsurvey, a link PREFIX/bin/leadsurvey, man pages in
# PREFIX/share/man/man1 and completion in PREFIX/share/bash-completion/completions (bash finds
# it there by itself under ~/.local; zsh sources the same script, see below).
# Runs from an unpacked leadsurvey-VERSION-linux-x64.tar.gz, or from a source checkout, where it
# builds that tarball first if it is missing (Maven and a JDK 17).
set -eu
src=$(cd "$(dirname "$0")" && pwd)
PREFIX=${1:-$HOME/.local}
mkdir -p "$PREFIX"
PREFIX=$(cd "$PREFIX" && pwd)

if [ -f "$src/pom.xml" ]; then
  version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$src/pom.xml" | head -n 1)
  tarball=$src/target/leadsurvey-$version-linux-x64.tar.gz
  [ -f "$tarball" ] || (cd "$src" && mvn -q -DskipTests package)
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  tar -xzf "$tarball" -C "$tmp"
  "$tmp/leadsurvey-$version/install.sh" "$PREFIX"
  exit
fi

dest=$PREFIX/lib/leadsurvey
# Copied beside, then swapped in: a running leadsurvey is never half replaced.
rm -rf "$dest.new" "$dest.old"
mkdir -p "$dest.new"
cp -R "$src/bin" "$src/lib" "$src/runtime" "$src/LICENSE" "$dest.new/"
[ -d "$dest" ] && mv "$dest" "$dest.old"
mv "$dest.new" "$dest"
rm -rf "$dest.old"

# Class-data sharing for the application's classes too: Java 17 ties such an archive to the
# jar's absolute path, so it is made here, for this copy (the tarball's runtime only has one
# for its own classes). Without it each command starts a little slower; nothing else changes.
if "$dest/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$dest/lib/classlist" \
    -XX:SharedArchiveFile="$dest/lib/leadsurvey.jsa" -XX:+UseParallelGC -Xlog:cds=off \
    -cp "$dest/lib/leadsurvey" > /dev/null 2>&1; then
  cds=" (with its class-data-sharing archive)"
else
  rm -f "$dest/lib/leadsurvey.jsa"
  cds=" (without a class-data-sharing archive: it starts a little slower)"
fi

mkdir -p "$PREFIX/bin" "$PREFIX/share/man/man1" "$PREFIX/share/bash-completion/completions"
rm -f "$PREFIX/bin/leadsurvey.jsa" # left by the single-file install of earlier versions
ln -sfn "$dest/bin/leadsurvey" "$PREFIX/bin/leadsurvey"
cp "$src"/share/man/man1/*.1 "$PREFIX/share/man/man1/"
cp "$src/share/bash-completion/completions/leadsurvey" \
  "$PREFIX/share/bash-completion/completions/leadsurvey"

echo "installed $PREFIX/bin/leadsurvey$cds"
echo "man pages: man leadsurvey (in $PREFIX/share/man)"
echo "zsh completion: add to ~/.zshrc"
echo "  autoload -U +X compinit && compinit"
echo "  source $PREFIX/share/bash-completion/completions/leadsurvey"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "note: $PREFIX/bin is not on your PATH" ;;
esac
