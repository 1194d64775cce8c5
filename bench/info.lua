-- GET /api/v1/info with the bench token: token check and rate limit, no cache, no database.
local token = io.open(os.getenv("BENCH_OUT") .. "/token.txt"):read("*a")
request = function()
  return wrk.format("GET", "/api/v1/info", {["Authorization"] = "Bearer " .. token})
end
