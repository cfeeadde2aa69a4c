# Sourced by ./tiepdon and .ci/run. Prints the home of a JDK 21 or newer, preferring
# $JAVA_HOME, then the newest under /usr/lib/jvm. Returns 1 when there is none.
tiepdon_jdk_major() {
  local v=""
  # Every JDK since 9 says its version in a "release" file: reading it is instant, starting java is not
  # (a twentieth of a second per JDK found, on every launch).
  [ -f "$1/release" ] && v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release")
  if [ -z "$v" ]; then
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  fi
  echo "${v%%.*}"
}

tiepdon_find_jdk() {
  local candidate major best="" best_major=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(tiepdon_jdk_major "$candidate")
    [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ]; then echo "$candidate"; return 0; fi
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  [ -n "$best" ] && { echo "$best"; return 0; }
  return 1
}
