# Sourced by ./mvnw, ./build and ./chargeback (POSIX sh): points JAVA_HOME at a JDK 21 or newer, the newest found.
# Looks at $JAVA_HOME, /usr/lib/jvm/* and the java on PATH; says clearly when there is none.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
pick_jdk() {
  best="" best_v=0
  path_java=$(command -v java 2>/dev/null || true)
  path_home=""
  [ -n "$path_java" ] && path_home=$(dirname "$(dirname "$(readlink -f "$path_java")")")
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/* "$path_home"; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_major "$c")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "chargeback: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm/* and the java on PATH)." >&2
    echo "chargeback: install one (for example Temurin 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  PATH="$JAVA_HOME/bin:$PATH"
  export JAVA_HOME PATH
}
