#!/bin/sh
# Times the real command line as a fresh process per run, the way cron or an analyst runs it, and
# prints the median over the runs of wall time, peak RSS, output bytes and the run log's stage
# times, for the default job and the synthetic workloads. The yardstick runs alternate with the
# tool's in the same sitting: peer.py (pandas) on events-heavy and rows-heavy, a bare `java Hello`
# on the default job.
#
# usage: src/bench/cold-bench.sh [-n RUNS] [-m PEER_RUNS] [-c COMMAND] [-b BEFORE] [-p PEER_PY] WORK [CASE...]
#   WORK     a scratch folder; the workloads are generated there once (SYNTHETIC, never shipped):
#            WORK/events-heavy and WORK/rows-heavy by peer's workloads.py, WORK/bench/large by
#            `bench --size large`
#   CASE     default, events-heavy, rows-heavy, large (default: all four)
#   -n RUNS  runs per case (default 5); the median is printed, with the slowest and fastest
#   -m N     yardstick runs per case (default: RUNS), alternating with the first N tool runs
#   -c CMD   the tool's command (default: target/stock-reaction/bin/stock-reaction when built,
#            else java -jar target/stock-reaction.jar)
#   -b CMD   an earlier build's command (say, its unpacked bin/stock-reaction), timed next to each
#            run of the tool (after it, then before it, in turn) in the same sitting, for a
#            before-and-after comparison
#   -p PEER  peer.py (default: ../shared/bench/peer.py, as seen from the main clone); workloads.py is
#            taken from the same folder. Set -p none to skip the peer.
# Run it from the repository's root. Needs /usr/bin/time (GNU time); the peer needs
# /usr/bin/python3 with pandas and scipy.
set -eu

runs=5
peer_runs=
cmd=
before=
peer=../shared/bench/peer.py
while getopts n:m:c:b:p: opt; do
  case $opt in
    n) runs=$OPTARG ;;
    m) peer_runs=$OPTARG ;;
    c) cmd=$OPTARG ;;
    b) before=$OPTARG ;;
    p) peer=$OPTARG ;;
    *) sed -n '2,23p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { sed -n '2,23p' "$0" >&2; exit 2; }
work=$1
shift
cases=${*:-default events-heavy rows-heavy large}
peer_runs=${peer_runs:-$runs}
if [ -z "$cmd" ]; then
  if [ -x target/stock-reaction/bin/stock-reaction ]; then
    cmd=target/stock-reaction/bin/stock-reaction
  else
    cmd="java -jar target/stock-reaction.jar"
  fi
fi
if [ "$peer" != none ] && [ ! -f "$peer" ]; then
  echo "cold-bench: $peer not found (give its path with -p, or -p none)" >&2
  exit 2
fi
[ -x /usr/bin/time ] || { echo "cold-bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"
work=$(cd "$work" && pwd)
repo=$(pwd)

# median of the numbers on stdin, with min and max: "median min max"
stats() {
  sort -g | awk '{v[NR] = $1} END {
    if (NR == 0) { print "n/a n/a n/a"; exit }
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }'
}

# one timed run: timed OUTFILE LOGFILE command...; appends "wall rss_kb" to OUTFILE
timed() {
  into=$1
  log=$2
  shift 2
  /usr/bin/time -f '%e %M' -o "$work/.time" "$@" >"$log" 2>&1 </dev/null || true
  tail -n 1 "$work/.time" >>"$into"
}

input_of() {
  case $1 in
    default) echo "$repo/input" ;;
    large) echo "$work/bench/large/input" ;;
    *) echo "$work/$1" ;;
  esac
}

prepare() {
  case $1 in
    events-heavy | rows-heavy)
      [ -f "$work/$1/events.csv" ] && return 0
      /usr/bin/python3 "$(dirname "$peer")/workloads.py" "$repo/input" "$work" ;;
    large)
      [ -f "$work/bench/large/input/events.csv" ] && return 0
      $cmd bench --size large --dir "$work/bench" --runs 1 --warmup 0 >/dev/null ;;
  esac
}

hello() {
  mkdir -p "$work/hello"
  if [ ! -f "$work/hello/Hello.class" ]; then
    printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' \
      >"$work/hello/Hello.java"
    javac -d "$work/hello" "$work/hello/Hello.java"
  fi
}

run_before() {
  rm -rf "$d/before-out"
  timed "$d/before" "$d/before-log" $before --input "$in" --output "$d/before-out" --verbose
}

printf '%s\n' "cold-bench: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
printf '%s\n' "command: $cmd; runs per case: $runs"
for c in $cases; do
  prepare "$c"
  in=$(input_of "$c")
  d="$work/.runs/$c"
  rm -rf "$d"
  mkdir -p "$d"
  : >"$d/tool" ; : >"$d/peer" ; : >"$d/stages" ; : >"$d/bytes" ; : >"$d/before"
  [ "$c" = default ] && hello
  i=1
  while [ "$i" -le "$runs" ]; do
    # the earlier build goes first in every other round, so neither build always follows peer.py
    # (a run right after a long pandas run was measured some 5 % slower)
    if [ -n "$before" ] && [ $((i % 2)) -eq 0 ]; then
      run_before
    fi
    rm -rf "$d/out"
    timed "$d/tool" "$d/log" $cmd --input "$in" --output "$d/out" --verbose
    grep -o 'debug: stage [^:]*: [0-9.]* s' "$d/log" | sed 's/debug: stage //; s/: / /; s/ s$//' \
      | tr ' ' '_' | sed 's/_\([0-9.]*\)$/ \1/' >>"$d/stages"
    if [ -d "$d/out/latest/" ]; then
      du -sb "$d/out/latest/" | cut -f1 >>"$d/bytes"
    fi
    if [ -n "$before" ] && [ $((i % 2)) -eq 1 ]; then
      run_before
    fi
    if [ "$i" -gt "$peer_runs" ]; then
      :
    elif [ "$c" = default ]; then
      timed "$d/peer" /dev/null java -cp "$work/hello" Hello
    elif [ "$c" != large ] && [ "$peer" != none ]; then
      rm -rf "$d/peer-out"
      timed "$d/peer" "$d/peer-log" /usr/bin/python3 "$peer" "$in" "$d/peer-out"
    fi
    i=$((i + 1))
  done
  set -- $(cut -d' ' -f1 "$d/tool" | stats)
  wall="$1 s ($2 to $3)"
  tool_wall=$1
  set -- $(cut -d' ' -f2 "$d/tool" | stats)
  rss=$(awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }')
  set -- $(stats <"$d/bytes")
  bytes=$(awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }')
  pngs=$(find "$d/out/latest/" -name '*.png' 2>/dev/null | wc -l)
  printf '\n%s: %s\n' "$c" "$in"
  printf '  tool wall %s, peak RSS %s, output %s (%s PNG), exit %s\n' "$wall" "$rss" "$bytes" \
    "$pngs" "$(grep -o 'done: exit [0-9]*' "$d/log" | tail -n 1 | cut -d' ' -f3)"
  if [ -s "$d/before" ]; then
    set -- $(cut -d' ' -f1 "$d/before" | stats)
    printf '  before (%s) wall %s s (%s to %s); now takes %s of it\n' "$before" "$1" "$2" "$3" \
      "$(awk -v b="$1" -v t="$tool_wall" 'BEGIN { printf "%.0f%%", 100 * t / b }')"
  fi
  if [ -s "$d/peer" ]; then
    set -- $(cut -d' ' -f1 "$d/peer" | stats)
    name=$([ "$c" = default ] && echo "java Hello" || echo "peer.py")
    ratio=$(awk -v p="$1" -v t="$tool_wall" 'BEGIN { printf "%.2f", (t > p ? t / p : p / t) }')
    rel=$(awk -v p="$1" -v t="$tool_wall" 'BEGIN { print (t > p ? "x slower than" : "x faster than") }')
    set -- "$@" $(cut -d' ' -f2 "$d/peer" | stats)
    printf '  %s wall %s s (%s to %s), peak RSS %.0f MB; tool is %s%s %s\n' "$name" "$1" "$2" \
      "$3" "$(awk -v k="$4" 'BEGIN { print k / 1024 }')" "$ratio" "$rel" "$name"
  fi
  printf '  stages (median s):'
  for s in $(cut -d' ' -f1 "$d/stages" | awk '!seen[$0]++'); do
    printf ' %s %s;' "$(echo "$s" | tr '_' ' ')" \
      "$(awk -v s="$s" '$1 == s { print $2 }' "$d/stages" | stats | cut -d' ' -f1)"
  done
  printf '\n'
done
