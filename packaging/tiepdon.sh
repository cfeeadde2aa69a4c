#!/usr/bin/env bash
# Runs Tiếp Đón from a source checkout: picks a JDK new enough for its JavaFX (find-jdk.sh), builds when the sources changed, starts the CLI.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
root="$(cd "$here/.." && pwd)"
lib="$here/target/tiepdon/lib"
stamp="$here/target/tiepdon/.built"

# shellcheck source=find-jdk.sh
. "$here/find-jdk.sh"
if ! JAVA_HOME="$(tiepdon_find_jdk)"; then
  tiepdon_no_jdk_help
  exit 1
fi
export JAVA_HOME

needs_build() {
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src/main "$root"/*/*/pom.xml "$root"/*/*/src/main \
    -newer "$stamp" -print -quit 2>/dev/null)" ]
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

# The JVM decodes its arguments and file names in the C library's locale (sun.jnu.encoding), not in
# file.encoding: under a service manager's bare environment (no LANG), or with LANG naming a locale that was never
# generated, that is ASCII and every Vietnamese letter of an argument arrives unreadable. LC_ALL, because one category
# naming a missing locale makes the C library ignore all of them. C.UTF-8 first: Java reads it as en_US, as it
# reads the plain C locale, so only the character set changes.
utf8_locale() {
  local installed
  installed="$(locale -a 2>/dev/null)" || { echo C.UTF-8; return 0; }  # no locale tool (musl): C.UTF-8 is built in
  grep -ixm1 -e 'C\.utf-\{0,1\}8' <<<"$installed" || grep -ixm1 -e 'en_US\.utf-\{0,1\}8' <<<"$installed" \
    || grep -im1 -e '\.utf-\{0,1\}8$' <<<"$installed"
}
if [ "$(locale charmap 2>/dev/null)" != UTF-8 ]; then
  if utf8="$(utf8_locale)"; then
    export LC_ALL="$utf8"
  else
    cat >&2 <<'MSG'
Máy chưa có locale UTF-8: chữ tiếng Việt trong tham số và tên tệp sẽ bị mất.
No UTF-8 locale is installed: Vietnamese letters in arguments and file names will be lost.
Cài đặt / Install one:  sudo apt-get install -y locales && sudo localedef -i en_US -f UTF-8 en_US.UTF-8
MSG
  fi
fi

# `tiepdon server …` is the central indicator server: no screen, so no JavaFX, and the full optimising compiler
# (it runs for months and takes thousands of batches a second).
if [ "${1:-}" = server ]; then
  shift
  exec "$JAVA_HOME/bin/java" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 \
    --enable-native-access=ALL-UNNAMED "-Dtiepdon.home=$root" "-Dtiepdon.logDir=${TIEPDON_LOG_DIR:-$root/logs}" \
    ${TIEPDON_JAVA_OPTS:-} -cp "$lib/*" vn.tiepdon.sync.server.cli.ServerMain "$@"
fi

# JavaFX goes on the module path, the rest on the class path: the supported way to run JavaFX from plain jars.
fx_modules=""
for jar in "$lib"/javafx-*-linux.jar "$lib"/javafx-*-win.jar "$lib"/javafx-*-mac*.jar; do
  [ -f "$jar" ] && fx_modules="${fx_modules:+$fx_modules:}$jar"
done
# C1 only: the kiosk's work per scan is milliseconds, while the full optimising compiler competes with
# start-up for the CPU of a two-core PC (bench/run startup: attract screen ~900 ms -> ~700 ms).
jvm_opts=(-XX:TieredStopAtLevel=1 -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 "-Dtiepdon.home=$root" "-Dtiepdon.logDir=${TIEPDON_LOG_DIR:-$root/logs}")
[ -n "$fx_modules" ] && jvm_opts+=(--module-path "$fx_modules" --add-modules ALL-MODULE-PATH --enable-native-access=javafx.graphics,ALL-UNNAMED)
exec "$JAVA_HOME/bin/java" "${jvm_opts[@]}" ${TIEPDON_JAVA_OPTS:-} -cp "$lib/*" vn.tiepdon.cli.Main "$@"
