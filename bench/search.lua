-- GET $SEARCH_PATH (a search URL path with its query) as the bench user.
local token = io.open(os.getenv("BENCH_OUT") .. "/token.txt"):read("*a")
local path = os.getenv("SEARCH_PATH")
request = function()
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end
