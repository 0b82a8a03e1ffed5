# Sourced by ./mvnw, ./build and ./chargeback (POSIX sh): points JAVA_HOME at a JDK 25 or newer, the release the build
# compiles for (maven.compiler.release in pom.xml), or says which one is needed and what was found.
# A JAVA_HOME that is set is the user's choice: it is used when it is a JDK 25+, refused otherwise. Without one, the
# newest JDK 25+ among /usr/lib/jvm/* and the java on PATH is used.
CHARGEBACK_JDK_NEEDED=25

# The feature release of the JDK at $1: from its `release` file (every JDK has one; reading it costs nothing, while
# starting each candidate's java to ask cost 0.1-0.15 s apiece, a quarter of a read-only command's start), else by
# asking its java.
java_major() {
  v=""
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release" | head -n 1)
  fi
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
  fi
  echo "$v"
}

jdk_refused() {
  echo "chargeback: JDK $CHARGEBACK_JDK_NEEDED or newer is needed; found $1" >&2
  echo "chargeback: install one (for example Temurin $CHARGEBACK_JDK_NEEDED) and point JAVA_HOME at it, or unset JAVA_HOME to let the launchers search /usr/lib/jvm." >&2
  return 1
}

pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ]; then
    if [ ! -x "$JAVA_HOME/bin/java" ] || [ ! -x "$JAVA_HOME/bin/javac" ]; then
      jdk_refused "no JDK at JAVA_HOME=$JAVA_HOME (bin/java and bin/javac are needed)"
      return 1
    fi
    v=$(java_major "$JAVA_HOME")
    if [ -z "$v" ] || [ "$v" -lt "$CHARGEBACK_JDK_NEEDED" ]; then
      jdk_refused "${v:-an unknown version} at JAVA_HOME=$JAVA_HOME"
      return 1
    fi
    PATH="$JAVA_HOME/bin:$PATH"
    export JAVA_HOME PATH
    return 0
  fi
  best="" best_v=0 found=""
  path_java=$(command -v java 2>/dev/null || true)
  path_home=""
  [ -n "$path_java" ] && path_home=$(dirname "$(dirname "$(readlink -f "$path_java")")")
  for c in /usr/lib/jvm/* "$path_home"; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c")
    [ -n "$v" ] || continue
    found="${found:+$found, }$v at $c"
    if [ "$v" -ge "$CHARGEBACK_JDK_NEEDED" ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    jdk_refused "${found:-no JDK} (looked at /usr/lib/jvm/* and the java on PATH)"
    return 1
  fi
  JAVA_HOME="$best"
  PATH="$JAVA_HOME/bin:$PATH"
  export JAVA_HOME PATH
}
