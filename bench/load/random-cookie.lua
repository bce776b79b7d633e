-- wrk script for bench/load: GET one of $LOAD_PATH (comma-separated, picked at random) with a random signed-in cookie
-- per request (from the file $COOKIES, one Cookie header value per line: the sign-in and anti-forgery cookies), counting any answer but 200 as an error, and
-- printing one RESULT line at the end.
local cookies = {}
local paths = {}
for p in string.gmatch(os.getenv("LOAD_PATH") or "/", "[^,]+") do paths[#paths + 1] = p end
local file = os.getenv("COOKIES") or ""
if file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then cookies[#cookies + 1] = line end
  end
end

local threads = {}
function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() + id)
  not_ok = 0
end

function request()
  local path = paths[math.random(#paths)]
  if #cookies == 0 then
    return wrk.format("GET", path)
  end
  return wrk.format("GET", path, { ["Cookie"] = cookies[math.random(#cookies)] })
end

function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("not_ok") end
  local e = summary.errors
  local errors = bad + e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT rps=%.1f p50=%.1fms p99=%.1fms requests=%d errors=%d (not-200=%d timeout=%d connect=%d read=%d write=%d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors, bad, e.timeout, e.connect, e.read, e.write))
end
