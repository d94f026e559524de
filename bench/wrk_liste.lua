-- wrk script for GET requests with the API token $SKADESAG_NOEGLE (scope
-- sager), e.g. a team's worklist (bench/server.sh). Prints one
-- machine-readable line at the end (bench/wrk_faelles.lua).
wrk.headers["Authorization"] = "Bearer " .. assert(os.getenv("SKADESAG_NOEGLE"))

dofile("bench/wrk_faelles.lua")
