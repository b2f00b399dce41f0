# Sourced by deploy/local/run.sh, deploy/local/train-aot.sh, .ci/run and bench/*.sh: selects the JDK 25
# that trains the AOT cache and runs CareOps (the machine's default java may be older; the build
# itself compiles for release 17 on whatever JDK ./mvnw finds), and the JVM settings every
# environment shares. Sets CAREOPS_JAVA (the java binary) and CAREOPS_JDK_HOME; it does NOT change
# JAVA_HOME, so Maven keeps the machine's default JDK.
#
# Which JDK: $CAREOPS_JAVA_HOME, else $JAVA_HOME, else Temurin 25's Debian package location. It must
# be 25: the AOT cache (app.aot) is only valid on the exact JDK build that wrote it.
careops_select_jdk() {
  local candidate version
  for candidate in "${CAREOPS_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
    version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release" 2>/dev/null)"
    if [[ "$version" == 25 ]]; then
      CAREOPS_JDK_HOME="$candidate"
      CAREOPS_JAVA="$candidate/bin/java"
      return 0
    fi
  done
  echo "CareOps needs JDK 25: set CAREOPS_JAVA_HOME (or JAVA_HOME) to a JDK 25 (Temurin 25)" >&2
  return 1
}
careops_select_jdk

# The JVM settings of every environment (deploy/jvm/jvm-options; the Dockerfiles carry the same
# line, checked by deploy-checks), plus the AOT cache of the application directory given, if built.
careops_jvm_options() {
  local app_dir=$1 options
  options="$(tr -s ' \n' ' ' <"$(dirname "${BASH_SOURCE[0]}")/../jvm/jvm-options")"
  options="${options% }"
  # CAREOPS_AOT=off leaves the cache out (to measure what it brings).
  if [[ -f "$app_dir/app.aot" && "${CAREOPS_AOT:-on}" != off ]]; then
    options+=" -XX:AOTCache=$app_dir/app.aot"
  fi
  echo "$options"
}
