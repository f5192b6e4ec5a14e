#!/usr/bin/env bash
# Takes the user guide's screenshots from the current build: runs mesi-console --sandbox
# under Xvfb with a throw-away HOME, plays a fan with mesi-fan, drives the window with
# xdotool and writes PNG files to docs/user-guide/. Needs xvfb, xdotool and imagemagick.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${MESI_BUILD_DIR:-$root/build}/bin"
out="$root/docs/user-guide"

for tool in xvfb-run xdotool import; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "user-guide-screenshots: '$tool' is missing; install xvfb, xdotool and imagemagick" >&2
        exit 1
    fi
done
if [ ! -x "$bin/mesi-console" ]; then
    echo "user-guide-screenshots: no $bin/mesi-console; build first with ./scripts/build.sh" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/home"

export HOME="$work/home" XDG_RUNTIME_DIR="$work" LANG=C.UTF-8 BIN="$bin" OUT="$out" WORK="$work"
xvfb-run -a -s "-screen 0 1400x860x24" bash -euo pipefail -c '
    shot() { sleep 1; import -window root "$OUT/$1.png"; echo "user-guide-screenshots: $1.png"; }

    "$BIN/mesi-console" --sandbox --demo-fan-interval 0 >"$WORK/console.out" 2>"$WORK/console.err" &
    console=$!
    trap "kill $console 2>/dev/null || true; wait $console 2>/dev/null || true" EXIT

    for _ in $(seq 1 60); do
        grep -q "Demo sandbox running at" "$WORK/console.out" && break
        sleep 0.5
    done
    url=$(grep -o "http://127\.0\.0\.1:[0-9]*" "$WORK/console.out" | head -1)
    [ -n "$url" ] || { echo "user-guide-screenshots: the sandbox did not start" >&2; cat "$WORK/console.err" >&2; exit 1; }

    window=$(xdotool search --sync --name "Mesi Creator Console" | head -1)
    xdotool windowsize "$window" 1400 860 windowmove "$window" 0 0
    sleep 1
    bid=$("$BIN/mesi-fan" --api "$url" --fan "Lena Fischer" bid --creator demo --amount 120.00 \
          --asset USD --note "Coffee after your Berlin show?")
    shot 01-inbox

    # Rows start below the Bids and Calendar tabs, the bidding state and the status filter.
    xdotool mousemove 60 134 click 1
    shot 02-bid-details

    xdotool key alt+a
    sleep 1
    "$BIN/mesi-fan" --api "$url" --fan "Lena Fischer" chat --bid "$bid" \
        --text "Thank you! Is Friday evening good for you?" >/dev/null
    shot 03-accepted-chat

    # The fan proposes a meeting that starts within the hour, so its pass is valid now.
    start=$(date -u -d "+40 min" +%Y-%m-%dT%H:%M:00Z)
    end=$(date -u -d "+100 min" +%Y-%m-%dT%H:%M:00Z)
    "$BIN/mesi-fan" --api "$url" --fan "Lena Fischer" propose --bid "$bid" --start "$start" \
        --end "$end" --zone Europe/Berlin --place "Café Einstein, Kurfürstenstraße 58" >/dev/null
    shot 05-proposal

    xdotool key alt+e
    shot 06-scheduled

    xdotool key ctrl+p
    sleep 1
    shot 07-pass
    # The fan scans the screenshot itself; the console then closes the used pass.
    "$BIN/mesi-fan" --api "$url" --fan "Lena Fischer" scan "$OUT/07-pass.png" >/dev/null
    shot 08-completed

    xdotool key ctrl+3
    shot 09-calendar
    xdotool key ctrl+1

    xdotool key ctrl+shift+b
    shot 10-bid-settings
    xdotool key Escape

    xdotool mousemove 60 164 click 1
    sleep 1
    xdotool key alt+r
    shot 04-reject-dialog
    xdotool key Escape
'
echo "user-guide-screenshots: wrote $out"
