-- wrk script for POST /api/beregn (bench/server.sh): the body of
-- $SKADESAG_KROP (default examples/toemrer_2025.json) with the API token
-- $SKADESAG_NOEGLE (scope beregn). The URL's query chooses the variant
-- (?spor=nej leaves out the trace). Prints one machine-readable line at
-- the end (bench/wrk_faelles.lua).
local sti = os.getenv("SKADESAG_KROP") or "examples/toemrer_2025.json"
local f = assert(io.open(sti, "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("SKADESAG_NOEGLE"))

dofile("bench/wrk_faelles.lua")
