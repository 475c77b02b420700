# shellcheck shell=bash
# Loopback ports for the benchmarks (sourced by run.sh and load.sh; both define die).

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port [taken...]: a free loopback port that is none of the ports given (ones chosen but not yet listened on).
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 30000))
    if port_free "$p" && [[ " $* " != *" $p "* ]]; then echo "$p"; return; fi
  done
  die "no free loopback port"
}
