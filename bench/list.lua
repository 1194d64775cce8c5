-- A filtered, sorted list page: status=QUALIFIED (1/6 of the rows), newest first, a random page of the first 50.
local token = io.open(os.getenv("BENCH_OUT") .. "/token.txt"):read("*a")
math.randomseed(os.time())
request = function()
  local path = "/api/v1/leads?status=QUALIFIED&sort=created_at&order=desc&limit=20&page=" .. math.random(50)
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end
