-- POST /api/v1/leads with a typical body.
local token = io.open(os.getenv("BENCH_OUT") .. "/token.txt"):read("*a")
wrk.method = "POST"
wrk.path = "/api/v1/leads"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"Bench Corp","email":"bench@example.com","type":"B2B_COMPANY","value":1200.50,"tags":["bench"]}'
