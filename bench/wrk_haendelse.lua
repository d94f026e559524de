-- wrk script for durable writes over HTTP (bench/skrivere_http.sh): each
-- request appends the event "parter_orienteret" (which a case accepts any
-- number of times) to one of the cases in $SKADESAG_SAGER (space
-- separated), in turn, with a unique reason, using the API token
-- $SKADESAG_NOEGLE (scope sager). Prints one machine-readable line at the
-- end (bench/wrk_faelles.lua).
local sager = {}
for s in string.gmatch(assert(os.getenv("SKADESAG_SAGER")), "%S+") do
    sager[#sager + 1] = s
end
local noegle = assert(os.getenv("SKADESAG_NOEGLE"))
local n = 0
local traad = 0

function setup(t)
    traad = traad + 1
    t:set("traad", traad)
end

function init(args)
    traad = wrk.thread:get("traad") or 0
end

function request()
    n = n + 1
    local sag = sagerVaelg()
    local krop = string.format(
        '{"type":"parter_orienteret","dato":"2026-01-05","begrundelse":"b%d-%d","frist":"anerkendelse"}',
        traad, n)
    return wrk.format("POST", "/api/sager/" .. sag .. "/haendelser", {
        ["Authorization"] = "Bearer " .. noegle,
        ["Content-Type"] = "application/json",
    }, krop)
end

function sagerVaelg()
    return sager[((n * 7 + traad * 13) % #sager) + 1]
end

dofile("bench/wrk_faelles.lua")
