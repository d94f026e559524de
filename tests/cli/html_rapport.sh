#!/bin/bash
# The HTML portfolio report in a real browser (headless chromium): the
# charts load, the pending-cases curve has one point per month, and a
# screenshot can be taken. Kept as a script because it drives a browser,
# not a command whose output can be written down; the HTML's own bytes are
# pinned in tests/cli/data/rapport_demodata.t.
cd "$(dirname "$0")/../.." || exit 2
. tests/cli/lib.bash
gen=$TMP/g.db

ok "demodata og HTML-rapport" \
    bash -c "$SKADESAG demodata --db $gen --sager-pr-aar 400 --aar 3 --seed 5 >/dev/null &&
             $SKADESAG rapport --db $gen --bruger led1 --rolle ledelse portefolje --fra 2023-01-01 --til 2025-12-31 --format html --syntetisk --ud $TMP/r.html &&
             [ -s $TMP/r.html ]"
if command -v chromium >/dev/null 2>&1; then
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --dump-dom "file://$TMP/r.html" >"$TMP/dom.html" 2>/dev/null
    ok "chromium: fire diagrammer indlæst" bash -c "[ \$(grep -o '<svg id=\"graf-' $TMP/dom.html | wc -l) -eq 4 ]"
    ok "chromium: kurven over verserende sager har et punkt pr. måned (36)" \
        bash -c "grep -o 'class=\"linje-verserende\" fill=\"none\" points=\"[^\"]*\"' $TMP/dom.html | grep -o '[0-9]*,[0-9]*' | wc -l | grep -qx 36"
    ok "chromium: skærmbillede" \
        bash -c "timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars --window-size=1100,2600 --screenshot=$TMP/r.png file://$TMP/r.html >/dev/null 2>&1; [ \$(stat -c %s $TMP/r.png) -gt 50000 ]"
else
    ok "chromium er installeret (scripts/deps)" false
fi
slut
