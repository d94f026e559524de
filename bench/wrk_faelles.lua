-- Shared by the wrk scripts: after wrk's own report, print
--   RESULTAT <requests/s> <p50 µs> <p99 µs> <errors>
-- where errors are connect, read, write and timeout errors and answers
-- with a status of 400 or more (wrk's "Non-2xx or 3xx responses"). No
-- response() hook: it would run Lua for every answer and take CPU from
-- the server being measured.
function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format("RESULTAT %.0f %d %d %d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50), latency:percentile(99),
      e.connect + e.read + e.write + e.timeout + e.status))
end
