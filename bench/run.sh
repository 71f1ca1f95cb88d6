#!/usr/bin/env bash
# Side-by-side benchmark: schemadoc vs pg_dump --schema-only vs SchemaCrawler 16.27.1 on one PostgreSQL server.
#
#   bench/run.sh [options] [N ...]        N = number of tables (default: 2000 10000)
#     --quick            200 tables, 3 runs (smoke test, ~1 min)
#     --growth           sizes 1000 2000 5000 10000 20000
#     --routines         add 2,000 PL/pgSQL functions and 1,000 triggers writing other tables (bench/Generate.java)
#     --runs K           timed runs per tool and size (default 3; the median is reported)
#     --tools LIST       comma-separated subset of: pg_dump,inspect,doc-md,doc-html,lint,trace,sc-details,sc-details-max,sc-lint
#                        (trace = `trace --all --format json`: insert, update and delete of every table)
#     --sc-max N         skip SchemaCrawler above N tables (default 10000; it needs minutes and GBs there)
#     --timeout S        limit of one tool run in seconds (default 600)
#     --pg-bin DIR       PostgreSQL bin directory (default /usr/lib/postgresql/15/bin)
#     --sc-runs K        timed runs of each SchemaCrawler command (default: as --runs; 1 is enough at 10,000+)
#     --count LIST       tools that get the extra, untimed run that counts their statements (default: all)
#     --reuse            keep the server's data in bench/work/pgdata-15 and reuse databases already loaded
#     --profile          record the counting run of JVM tools with Java Flight Recorder; writes profile-nN-TOOL.txt
#     --candidate JAR    also time inspect-candidate, doc-md-candidate, … with another schemadoc jar (a change under test)
#     --candidate-opts S JVM options for the candidate jar instead of the launcher's (default: the same as schemadoc's)
#     --keep             keep the server's data directory and the outputs of the last run
#     --no-cds           run schemadoc without the class-data-sharing archive the launcher uses
#
# Everything it fetches or writes goes to bench/work/ (gitignored). Results: bench/work/results/<stamp>/
# (raw.tsv with every run, summary.md with the tables printed at the end). See bench/README.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
work="$here/work"

sizes=()
runs=3
routines=0
tools="pg_dump,inspect,doc-md,doc-html,lint,sc-details,sc-details-max,sc-lint"
sc_max=10000
sc_runs=""
count_tools=""
reuse=0
profile=0
candidate=""
candidate_opts="-"
timeout_s=600
pg_bin=/usr/lib/postgresql/15/bin
keep=0
cds=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) sizes=(200) ;;
    --growth) sizes=(1000 2000 5000 10000 20000) ;;
    --routines) routines=1 ;;
    --runs) runs="$2"; shift ;;
    --tools) tools="$2"; shift ;;
    --sc-max) sc_max="$2"; shift ;;
    --timeout) timeout_s="$2"; shift ;;
    --pg-bin) pg_bin="$2"; shift ;;
    --keep) keep=1 ;;
    --no-cds) cds=0 ;;
    --sc-runs) sc_runs="$2"; shift ;;
    --count) count_tools="$2"; shift ;;
    --reuse) reuse=1 ;;
    --profile) profile=1 ;;
    --candidate-opts) candidate_opts="$2"; shift ;;
    --candidate) candidate="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    [0-9]*) sizes+=("$1") ;;
    *) echo "run.sh: unknown option $1 (see bench/run.sh --help)" >&2; exit 2 ;;
  esac
  shift
done
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 10000)
[ "$runs" -ge 1 ] 2>/dev/null || { echo "run.sh: --runs needs a number ≥ 1" >&2; exit 2; }
[ -n "$sc_runs" ] || sc_runs=$runs
variant=""
if [ "$routines" = 1 ]; then variant="-routines"; fi
[ -n "$count_tools" ] || count_tools=$tools

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 2; }

[ -x /usr/bin/time ] || die "/usr/bin/time is missing: apt-get install -y time"
[ -x "$pg_bin/postgres" ] || die "no PostgreSQL in $pg_bin (apt-get install -y postgresql-15, or give --pg-bin)"
command -v java >/dev/null || die "java is missing"

mkdir -p "$work"
stamp="$(date +%Y%m%d-%H%M%S)"
out="$work/results/$stamp"
mkdir -p "$out"
raw="$out/raw.tsv"
printf 'size\ttool\trun\twall_s\trss_kb\trc\tqueries\tstatements\theap_mb\tnote\tcpu_s\tserver_cpu_s\n' > "$raw"

# ---------------------------------------------------------------- schemadoc jar and SchemaCrawler
want() { [[ ",$tools," == *",$1,"* ]]; }
if [ -n "$candidate" ]; then
  [ -f "$candidate" ] || die "no such jar: $candidate"
  cp "$candidate" "$out/candidate.jar"
  for t in inspect doc-md doc-html lint trace; do
    if want "$t"; then tools="$tools,$t-candidate"; fi
    if [[ ",$count_tools," == *",$t,"* ]]; then count_tools="$count_tools,$t-candidate"; fi
  done
fi
jar="$root/core/target/schemadoc.jar"
if want inspect || want doc-md || want doc-html || want lint || want trace; then
  say "building schemadoc if needed (./schemadoc --version)"
  (cd "$root" && ./schemadoc --version >/dev/null) || die "schemadoc does not build; see $root/core/target.build.log"
  # A private copy: a rebuild of target/ during a long run must not swap classes under a running measurement.
  cp "$jar" "$out/schemadoc.jar"
  jar="$out/schemadoc.jar"
fi
sc_lib="$work/schemacrawler/lib"
if want sc-details || want sc-details-max || want sc-lint; then
  if [ ! -f "$sc_lib/schemacrawler-commandline-16.27.1.jar" ]; then
    say "fetching SchemaCrawler 16.27.1 into $sc_lib (once)"
    timeout 900 mvn -B -q -f "$here/schemacrawler-pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$sc_lib" >"$work/schemacrawler-fetch.log" 2>&1 \
      || die "could not fetch SchemaCrawler; see $work/schemacrawler-fetch.log"
  fi
fi

# ---------------------------------------------------------------- one PostgreSQL server for the whole run
# initdb refuses to run as root, so as root the server runs as 'nobody' in a private temp dir.
if [ "$reuse" = 1 ]; then
  pgdir="$work/pgdata-$(basename "$(dirname "$pg_bin")")"
  mkdir -p "$pgdir"
  rm -f "$pgdir/server.log"
else
  pgdir="$(mktemp -d /tmp/schemadoc-bench.XXXXXX)"
fi
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown nobody: "$pgdir"
  as_pg=(runuser -u nobody --)
fi
chmod 700 "$pgdir"
port=$(( 40000 + RANDOM % 20000 ))
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$(( port + 1 )); done
cleanup() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1 || true
  if [ "$keep" = 1 ] || [ "$reuse" = 1 ]; then say "kept $pgdir"; else rm -rf "$pgdir"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
if [ ! -f "$pgdir/data/PG_VERSION" ]; then
  say "initdb in $pgdir"
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C -N >"$pgdir/initdb.log" 2>&1 \
    || die "initdb failed; see $pgdir/initdb.log"
fi
say "starting PostgreSQL ($pg_bin) on 127.0.0.1:$port"
# max_locks_per_transaction: pg_dump locks every table of its snapshot; 64 × 100 slots are not enough for 10,000.
# fsync/synchronous_commit/full_page_writes only speed up loading; autovacuum off so it does not run during timings
# (the catalogs are analysed explicitly after each load instead).
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 120 -o "-p $port -k $pgdir \
  -c listen_addresses=127.0.0.1 -c max_locks_per_transaction=1024 -c shared_buffers=256MB \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off \
  -c log_line_prefix=@@%u@@ -c log_min_duration_statement=-1" start >/dev/null || die "PostgreSQL did not start; see $pgdir/server.log"
export PGOPTIONS="-c client_min_messages=warning"
psql_() { "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
server_version="$(psql_ -d postgres -Atc 'show server_version')"
postmaster_pid="$(head -1 "$pgdir/data/postmaster.pid")"
clk_tck="$(getconf CLK_TCK)"
# CPU seconds the server spent on exited backends: they are the postmaster's children, so their time adds up in
# its cutime + cstime once reaped. With the client's own user + sys time this gives the work a tool caused,
# which moves far less than wall time when other jobs share the machine.
server_cpu() { awk -v hz="$clk_tck" '{ printf "%.2f\n", ($16 + $17) / hz }' "/proc/$postmaster_pid/stat"; }
# A second superuser whose every statement is logged: one extra, untimed run per tool as this role counts the
# statements the tool sends, without logging (and slowing) the timed runs.
psql_ -d postgres -c "DROP ROLE IF EXISTS counter" -c "CREATE ROLE counter LOGIN SUPERUSER" -c "ALTER ROLE counter SET log_statement = 'all'" -c "ALTER ROLE counter SET log_duration = on"

# ---------------------------------------------------------------- the tools
# The same JVM options as the ./schemadoc launcher's defaults: what users run (huge pages where the kernel offers them).
thp=""
if grep -qsE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled; then thp="-XX:+UseTransparentHugePages"; fi
# shellcheck disable=SC2206 # the options are meant to split into words
java_sd=(java -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 $thp -jar "$jar")
# Like the launcher, a class-data-sharing archive per command: made by the untimed counting run (cds_dump=1), used by
# the timed runs. Without a counting run there is no archive and the JVM silently runs without one.
cds_flags() { # $1 = tool (inspect, doc-md-candidate, …)
  [ "$cds" = 1 ] || return 0
  local f="$out/cds-$1.jsa"
  if [ "${cds_dump:-0}" = 1 ]; then echo "-XX:ArchiveClassesAtExit=$f -Xlog:cds=off -Xlog:cds+dynamic=off"
  else echo "-XX:SharedArchiveFile=$f -Xlog:cds=off -Xlog:cds+dynamic=off"; fi
}
# The candidate runs with the launcher's options too unless told otherwise: a jar timed with other JVM options (the
# default collector, C2) measures the options, not the change.
if [ "$candidate_opts" = "-" ]; then candidate_opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 $thp"; fi
# shellcheck disable=SC2206 # the options are meant to split into words
java_cand=(java $candidate_opts -Xmx1g -jar "$out/candidate.jar")
sc_common() { # $1 = database, $2 = user
  echo "--server=postgresql --host=127.0.0.1 --port=$port --database=$1 --user=$2 --password= --no-info"
}
# Prints the command line of tool $1 for database $2 as user $3, writing into directory $4.
command_for() {
  local tool=$1 db=$2 user=$3 dir=$4 url="postgres://$3@127.0.0.1:$port/$2"
  case "$tool" in
    pg_dump) echo "$pg_bin/pg_dump -h 127.0.0.1 -p $port -U $user --schema-only -f $dir/dump.sql $db" ;;
    inspect) echo "${java_sd[*]} inspect $url --out $dir/model.json" ;;
    doc-md) echo "${java_sd[*]} doc $url --out $dir/docs-md" ;;
    doc-html) echo "${java_sd[*]} doc $url --format html --out $dir/docs-html" ;;
    lint) echo "${java_sd[*]} lint $url" ;;
    trace) echo "${java_sd[*]} trace $url --all --format json" ;;
    sc-details) echo "java -cp $sc_lib/* schemacrawler.Main $(sc_common "$db" "$user") --info-level=standard --command=details --output-format=text --output-file=$dir/sc-details.txt" ;;
    sc-details-max) echo "java -cp $sc_lib/* schemacrawler.Main $(sc_common "$db" "$user") --info-level=maximum --routines=.* --command=details --output-format=text --output-file=$dir/sc-details-max.txt" ;;
    sc-lint) echo "java -cp $sc_lib/* schemacrawler.Main $(sc_common "$db" "$user") --info-level=standard --command=lint --output-format=text --output-file=$dir/sc-lint.txt" ;;
    *-candidate) command_for "${tool%-candidate}" "$db" "$user" "$dir" | sed "s|${java_sd[*]}|${java_cand[*]}|" ;;
    *) die "unknown tool $tool" ;;
  esac
}
# The command line of tool $1 with its class-data-sharing flags (see cds_flags).
command_with_cds() {
  local cmd; cmd="$(command_for "$@")"
  is_java "$1" && [[ "$1" != sc-* ]] && cmd="${cmd/java /java $(cds_flags "$1") }"
  echo "$cmd"
}
ok_rc() { # lint commands exit 1 when they find something: that is a successful run
  case "$1" in lint|lint-candidate|sc-lint) [ "$2" = 0 ] || [ "$2" = 1 ] ;; *) [ "$2" = 0 ] ;; esac
}
is_java() { case "$1" in pg_dump) return 1 ;; *) return 0 ;; esac; }

# Runs tool $1 on database $2 under /usr/bin/time; sets t_wall, t_rss, t_rc. Extra args: user, dir, extra JVM flag.
time_one() {
  local tool=$1 db=$2 user=$3 dir=$4 jvmflag=${5:-}
  # Not rm -rf: on ext4 without a journal (this machine's disk) the inode allocator skips inodes freed in the last
  # minute (five while their table block is dirty), one buffer lookup each, so creating 10,000 files right after
  # deleting 10,000 costs seconds of system time. Earlier outputs go to the trash, emptied at the end of the run.
  if [ -e "$dir" ]; then mkdir -p "$out/trash"; mv "$dir" "$out/trash/$(date +%s%N)"; fi
  mkdir -p "$dir"
  local cmd; cmd="$(command_with_cds "$tool" "$db" "$user" "$dir")"
  local cpu0; cpu0="$(server_cpu)"
  if [ -n "$jvmflag" ]; then cmd="${cmd/java /java $jvmflag }"; fi
  set +e -f  # no globbing: SchemaCrawler's class path is a literal "lib/*"
  # shellcheck disable=SC2086 # the command line is built from paths without spaces
  timeout -k 10 "$timeout_s" /usr/bin/time -f '%e %M %U %S' -o "$dir/time" $cmd >"$dir/stdout" 2>"$dir/stderr" </dev/null
  t_rc=$?
  set -e +f
  sleep 0.3  # lets the postmaster reap the tool's backend(s)
  t_server_cpu="$(awk -v a="$cpu0" -v b="$(server_cpu)" 'BEGIN { printf "%.2f", b - a }')"
  t_cpu=-
  if [ "$t_rc" = 124 ] || [ "$t_rc" = 137 ]; then t_wall=timeout; t_rss=-; return; fi
  local u s
  read -r t_wall t_rss u s < <(grep -E '^[0-9.]+ [0-9]+ [0-9.]+ [0-9.]+$' "$dir/time" | tail -1) || { t_wall=-; t_rss=-; return; }
  t_cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
}

# Peak heap used, in MB, from a -Xlog:gc,gc+heap+exit file: the largest size before a collection, or at exit.
peak_heap() {
  [ -f "$1" ] || { echo -; return; }
  awk '
    match($0, /[0-9]+M->/) { v = substr($0, RSTART, RLENGTH - 3) + 0; if (v > max) max = v }
    /garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { u = $(i + 1); sub(/K,?/, "", u); u = u / 1024; if (u > max) max = u } }
    END { if (max == "") print "-"; else printf "%.0f\n", max }' "$1"
}

# Statements logged for the counting role since byte offset $1: "all catalog" (without BEGIN/SET/SHOW/COMMIT).
count_statements() {
  local from=$1 log="$pgdir/server.log"
  tail -c +"$((from + 1))" "$log" | awk '
    /^@@counter@@/ && /LOG:  (statement|execute [^:]*):/ {
      all++
      s = $0; sub(/.*LOG:  (statement|execute [^:]*): */, "", s)
      if (toupper(s) !~ /^(BEGIN|START TRANSACTION|COMMIT|ROLLBACK|END|SET |SHOW |RESET |DISCARD |DEALLOCATE )/) q++
    }
    END { printf "%d %d\n", q + 0, all + 0 }'
}

# Server time per statement of the counting role since offset $1, slowest first: "ms<TAB>first 150 chars".
slowest() {
  tail -c +"$(($1 + 1))" "$pgdir/server.log" | awk '
    /^@@counter@@/ && /LOG:  (statement|execute [^:]*):/ {
      if (cur != "") print ms "\t" cur
      cur = $0; sub(/.*LOG:  (statement|execute [^:]*): */, "", cur); cur = substr(cur, 1, 150); ms = 0; next }
    /^@@counter@@/ && /LOG:  duration: / { v = $0; sub(/.*duration: /, "", v); ms += v + 0; next }
    END { if (cur != "") print ms "\t" cur }' | sort -t$'\t' -k1,1 -g -r
}

# From a flight recording: where the samples were (top frame), and which io.schemadoc / schemacrawler method
# was the innermost on the stack — the latter says which stage of the tool the time went to.
hot_frames() {
  jfr print --events jdk.ExecutionSample --stack-depth 64 "$1" | awk '
    /stackTrace = \[/ { inside = 1; first = ""; own = ""; next }
    inside && /^[[:space:]]*\]/ { inside = 0; n++; top[first]++; if (own != "") mine[own]++; else mine["(no io.schemadoc/schemacrawler frame)"]++; next }
    inside { f = $0; sub(/^[[:space:]]+/, "", f); sub(/[[:space:]]+line:.*/, "", f)
             if (first == "") first = f
             if (own == "" && f ~ /^(io\.schemadoc|schemacrawler|us\.fatehi)/) own = f }
    END {
      printf "%d samples\n\n-- innermost own method on the stack\n", n
      for (k in mine) printf "%6d %5.1f%%  %s\n", mine[k], 100 * mine[k] / n, k | "sort -rn | head -25"
      close("sort -rn | head -25")
      printf "\n-- top frame\n"
      for (k in top) printf "%6d %5.1f%%  %s\n", top[k], 100 * top[k] / n, k | "sort -rn | head -25"
    }'
}

gen_sql() { # $1 = N; caches the generated file
  local n=$1 f="$work/sql/tables-$1$variant.sql"
  mkdir -p "$work/sql"
  if [ ! -s "$f" ] || [ "$here/Generate.java" -nt "$f" ]; then
    java "$here/Generate.java" "$n" ${variant:+--routines} > "$f.tmp" && mv "$f.tmp" "$f"
  fi
  echo "$f"
}

IFS=, read -r -a tool_list <<< "$tools"
declare -A status   # "size tool" -> ok | n/a: reason | skipped: reason

# ---------------------------------------------------------------- per size: load, count, time
for n in "${sizes[@]}"; do
  db="bench_$n${variant//-/_}"
  sql="$(gen_sql "$n")"
  sum="$(sha256sum "$sql" | cut -c1-16)"
  loaded="$(psql_ -d postgres -At -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'")"
  if [ "$loaded" = "$sum" ]; then
    say "N=$n: reusing $db (already loaded from $(basename "$sql"))"
  else
    say "N=$n: loading $(basename "$sql") into $db"
    psql_ -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    load_start=$(date +%s.%N)
    timeout 3600 "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d "$db" -f "$sql" >/dev/null \
      || die "loading $sql failed"
    psql_ -d "$db" -At -c "SELECT format('VACUUM (ANALYZE) %s;', oid::regclass) FROM pg_class WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind = 'r'" -o "$out/vacuum.sql"
    psql_ -d "$db" -f "$out/vacuum.sql" >/dev/null
    psql_ -d postgres -c "COMMENT ON DATABASE $db IS '$sum'"
    say "N=$n: loaded in $(awk -v a="$load_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }') s"
  fi
  say "N=$n: $(psql_ -d "$db" -At -F' ' -c "SELECT count(*) FILTER (WHERE relkind = 'r') || ' tables, ' || (SELECT count(*) FROM pg_proc WHERE pronamespace = 'app'::regnamespace) || ' functions, ' || (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal) || ' triggers' FROM pg_class WHERE relnamespace = 'app'::regnamespace")"

  # Untimed first run per tool as 'counter': checks the tool works at all, counts its statements, warms caches,
  # and for the JVM tools records the peak heap.
  active=()
  for tool in "${tool_list[@]}"; do
    if [[ "$tool" == sc-* ]] && [ "$n" -gt "$sc_max" ]; then
      status["$n $tool"]="skipped: above --sc-max $sc_max"; continue
    fi
    if [[ ",$count_tools," != *",$tool,"* ]]; then
      status["$n $tool"]=ok; active+=("$tool"); continue  # its first timed run shows whether it works
    fi
    dir="$out/n$n/$tool/count"
    offset=$(stat -c %s "$pgdir/server.log")
    jvmflag=""; is_java "$tool" && jvmflag="-Xlog:gc,gc+heap+exit:file=$out/n$n-$tool-gc.log"
    if [ "$profile" = 1 ] && is_java "$tool"; then
      jvmflag="$jvmflag -XX:StartFlightRecording=filename=$out/n$n-$tool.jfr,settings=profile"
    fi
    say "N=$n: $tool (counting run)"
    cds_dump=1
    time_one "$tool" "$db" counter "$dir" "$jvmflag"
    cds_dump=0
    if [ "$t_wall" = timeout ]; then
      status["$n $tool"]="n/a: timed out after ${timeout_s} s"; continue
    fi
    if ! ok_rc "$tool" "$t_rc"; then
      reason="$(grep -v '^\s*$' "$dir/stderr" | grep -iv 'warning\|picked up' | head -1 | cut -c1-120 || true)"
      status["$n $tool"]="n/a: exit $t_rc${reason:+, $reason}"
      say "N=$n: $tool not measured: ${status["$n $tool"]}"
      continue
    fi
    read -r q s < <(count_statements "$offset")
    slowest "$offset" > "$out/statements-n$n-$tool.txt"
    if [ -f "$out/n$n-$tool.jfr" ]; then hot_frames "$out/n$n-$tool.jfr" > "$out/profile-n$n-$tool.txt"; fi
    heap=-; is_java "$tool" && heap="$(peak_heap "$out/n$n-$tool-gc.log")"
    printf '%s\t%s\t0\t%s\t%s\t%s\t%s\t%s\t%s\tcounting run, statements logged\t%s\t%s\n' "$n" "$tool" "$t_wall" "$t_rss" "$t_rc" "$q" "$s" "$heap" "$t_cpu" "$t_server_cpu" >> "$raw"
    status["$n $tool"]=ok
    active+=("$tool")
  done

  # Timed runs, tools interleaved so that load from elsewhere on the machine spreads over all of them.
  for r in $(seq 1 "$runs"); do
    for tool in "${active[@]}"; do
      if [[ "$tool" == sc-* ]] && [ "$r" -gt "$sc_runs" ]; then continue; fi
      if [ "${status["$n $tool"]}" != ok ]; then continue; fi
      dir="$out/n$n/$tool/run"
      time_one "$tool" "$db" postgres "$dir"
      if [ "$t_wall" = timeout ] || ! ok_rc "$tool" "$t_rc"; then
        cp -r "$dir" "$out/n$n/$tool/failed-$r"
        if [[ ",$count_tools," != *",$tool,"* ]] && [ "$r" = 1 ]; then
          # no counting run before: the first run is the check that the tool works at all
          reason="$(grep -v '^\s*$' "$dir/stderr" | grep -iv 'warning\|picked up' | head -1 | cut -c1-120 || true)"
          [ "$t_wall" = timeout ] && reason="timed out after ${timeout_s} s"
          status["$n $tool"]="n/a: exit $t_rc${reason:+, $reason}"
          say "N=$n: $tool not measured: ${status["$n $tool"]}"
          continue
        fi
        printf '%s\t%s\t%s\t%s\t%s\t%s\t-\t-\t-\tfailed\t-\t-\n' "$n" "$tool" "$r" "$t_wall" "$t_rss" "$t_rc" >> "$raw"
        say "N=$n: $tool run $r FAILED (rc $t_rc); see $out/n$n/$tool/failed-$r/stderr"
      else
        printf '%s\t%s\t%s\t%s\t%s\t%s\t-\t-\t-\t\t%s\t%s\n' "$n" "$tool" "$r" "$t_wall" "$t_rss" "$t_rc" "$t_cpu" "$t_server_cpu" >> "$raw"
        say "N=$n: $tool run $r: ${t_wall} s, CPU ${t_cpu} s client + ${t_server_cpu} s server, $((t_rss / 1024)) MB RSS"
      fi
    done
  done
  for tool in "${tool_list[@]}"; do
    [ -n "${status["$n $tool"]:-}" ] || continue
    [ "${status["$n $tool"]}" = ok ] && continue
    printf '%s\t%s\t-\t-\t-\t-\t-\t-\t-\t%s\t-\t-\n' "$n" "$tool" "${status["$n $tool"]}" >> "$raw"
  done
  [ "$keep" = 1 ] || [ "$reuse" = 1 ] || psql_ -d postgres -c "DROP DATABASE $db"
done

# ---------------------------------------------------------------- report
{
  echo "# schemadoc bench $stamp"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM;" \
    "$(java -version 2>&1 | head -1); PostgreSQL $server_version ($pg_bin); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "schemadoc: commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- core pom.xml || echo ' + uncommitted changes')${candidate:+; candidate jar: $candidate $candidate_opts}."
  echo "Runs per tool and size: $runs, SchemaCrawler $sc_runs (median shown; min–max in brackets). Schema: bench/Generate.java$([ "$routines" = 1 ] && echo ' --routines')."
  echo
  java "$here/Report.java" "$raw"
} > "$out/summary.md"
cat "$out/summary.md"
rm -f "$out/schemadoc.jar" "$out/candidate.jar" "$out"/cds-*.jsa
# Outputs are removed only now, after every timing (see time_one on deleted inodes).
rm -rf "$out/trash"
[ "$keep" = 1 ] || rm -rf "$out"/n[0-9]*
say "raw data: $raw; summary: $out/summary.md"
