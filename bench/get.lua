-- GET /api/v1/leads/{id} over a sample of seeded ids.
local ids = {}
for line in io.lines(os.getenv("BENCH_OUT") .. "/ids.txt") do ids[#ids + 1] = line end
local token = io.open(os.getenv("BENCH_OUT") .. "/token.txt"):read("*a")
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/v1/leads/" .. ids[math.random(#ids)], {["Authorization"] = "Bearer " .. token})
end
