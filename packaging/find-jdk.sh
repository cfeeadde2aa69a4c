# Sourced by ./tiepdon, .ci/run and bench/run. Prints the home of a JDK new enough for the JavaFX in pom.xml,
# preferring $JAVA_HOME, then the newest under /usr/lib/jvm. Returns 1 when there is none.

# JavaFX 26 is compiled for Java 24 and will not load on an older JDK (JavaFX 26 release notes, JDK-8365402).
# JDK 25 is the long-term release, so that is the one to install.
TIEPDON_MIN_JDK=24

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
    [ -n "$major" ] && [ "$major" -ge "$TIEPDON_MIN_JDK" ] 2>/dev/null || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ]; then echo "$candidate"; return 0; fi
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  [ -n "$best" ] && { echo "$best"; return 0; }
  return 1
}

# What to say, on standard error, when tiepdon_find_jdk found nothing: which JDKs were seen and what to install.
tiepdon_no_jdk_help() {
  local candidate major seen=""
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ ! -L "$candidate" ] || continue
    major=$(tiepdon_jdk_major "$candidate")
    case " $seen " in *" $candidate ("*) continue ;; esac
    [ -x "$candidate/bin/javac" ] || major="$major, a JRE: no javac"
    seen="$seen $candidate ($major)"
  done
  cat >&2 <<MSG
Không tìm thấy Java (JDK) $TIEPDON_MIN_JDK trở lên: giao diện JavaFX của Tiếp Đón cần nó.
No JDK $TIEPDON_MIN_JDK or newer was found: the JavaFX that Tiếp Đón's screens use needs one.
${seen:+Đã thấy / Found:$seen
}Cài JDK 25 / Install JDK 25, then run this again:
  Ubuntu 22.04 and newer:  sudo apt-get install -y openjdk-25-jdk
  Debian and the others:   Temurin 25 (Adoptium's package temurin-25-jdk), which lands in /usr/lib/jvm
or point JAVA_HOME at a JDK $TIEPDON_MIN_JDK or newer.
MSG
}
