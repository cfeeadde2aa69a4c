#!/usr/bin/env bash
# Runs Tiếp Đón from a source checkout: picks a JDK 21+, builds when the sources changed, starts the CLI.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
root="$(cd "$here/.." && pwd)"
lib="$here/target/tiepdon/lib"
stamp="$here/target/tiepdon/.built"

# shellcheck source=find-jdk.sh
. "$here/find-jdk.sh"
if ! JAVA_HOME="$(tiepdon_find_jdk)"; then
  cat >&2 <<'MSG'
Không tìm thấy Java (JDK) 21 trở lên. / No JDK 21 or newer was found.
Cài đặt / Install one, e.g.:  sudo apt-get install -y openjdk-21-jdk
(or Temurin 21+ under /usr/lib/jvm), or point JAVA_HOME at it.
MSG
  exit 1
fi
export JAVA_HOME

needs_build() {
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src/main -newer "$stamp" -print -quit 2>/dev/null)" ]
}
if needs_build; then
  echo "Đang dựng Tiếp Đón (lần đầu mất vài phút)… / Building Tiếp Đón (the first time takes a few minutes)…" >&2
  if ! (cd "$root" && ./mvnw -q -B -ntp -DskipTests package > "$here/target-build.log" 2>&1); then
    echo "Dựng thất bại / Build failed. Xem / see: $here/target-build.log" >&2
    exit 1
  fi
  touch "$stamp"
  rm -f "$here/target-build.log"
fi

# JavaFX goes on the module path, the rest on the class path: the supported way to run JavaFX from plain jars.
fx_modules=""
for jar in "$lib"/javafx-*-linux.jar "$lib"/javafx-*-win.jar "$lib"/javafx-*-mac*.jar; do
  [ -f "$jar" ] && fx_modules="${fx_modules:+$fx_modules:}$jar"
done
# C1 only: the kiosk's work per scan is milliseconds, while the full optimising compiler competes with
# start-up for the CPU of a two-core PC (bench/run startup: attract screen ~900 ms -> ~700 ms).
jvm_opts=(-XX:TieredStopAtLevel=1 -Djava.awt.headless=true -Dfile.encoding=UTF-8 "-Dtiepdon.home=$root" "-Dtiepdon.logDir=${TIEPDON_LOG_DIR:-$root/logs}")
[ -n "$fx_modules" ] && jvm_opts+=(--module-path "$fx_modules" --add-modules ALL-MODULE-PATH --enable-native-access=javafx.graphics,ALL-UNNAMED)
# JavaFX 21 still uses sun.misc.Unsafe, which JDK 24+ warns about on every start.
[ "$(tiepdon_jdk_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null && jvm_opts+=(--sun-misc-unsafe-memory-access=allow)
exec "$JAVA_HOME/bin/java" "${jvm_opts[@]}" ${TIEPDON_JAVA_OPTS:-} -cp "$lib/*" vn.tiepdon.cli.Main "$@"
