-- GET $REPORT (a path with its query) with the bench token.
local token = io.open(os.getenv("BENCH_OUT") .. "/token.txt"):read("*a")
local path = os.getenv("REPORT")
request = function()
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end
