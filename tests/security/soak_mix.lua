-- The soak's traffic for wrk (plan 4.16): of every 20 requests, 16 GET public pages, 3 GET
-- pages of a signed-in partner with her session cookie, and 1 saves a draft story with her
-- CSRF token. tests/security/soak.test.mjs sets it up and passes it through the environment:
--   PMI_SOAK_PUBLIC, PMI_SOAK_SIGNED_IN  paths, separated by spaces
--   PMI_SOAK_COOKIE, PMI_SOAK_CSRF       the partner's session cookie and API CSRF token
--   PMI_SOAK_DRAFT                       the API path of her draft story
-- At the end it prints one line per status seen ("status 200 1234") for the test to read.
local function words(text)
  local list = {}
  for word in (text or ""):gmatch("%S+") do list[#list + 1] = word end
  return list
end

local public, signed_in = words(os.getenv("PMI_SOAK_PUBLIC")), words(os.getenv("PMI_SOAK_SIGNED_IN"))
local cookie, csrf, draft = os.getenv("PMI_SOAK_COOKIE"), os.getenv("PMI_SOAK_CSRF"), os.getenv("PMI_SOAK_DRAFT")
local sent = 0
statuses = {}

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

function request()
  sent = sent + 1
  local slot = sent % 20
  if slot < 16 then
    return wrk.format("GET", public[sent % #public + 1])
  elseif slot < 19 then
    return wrk.format("GET", signed_in[sent % #signed_in + 1], { Cookie = cookie })
  end
  local body = string.format('{"title":{"en":"A draft saved %d times"}}', sent)
  return wrk.format("POST", draft, {
    Cookie = cookie, ["Content-Type"] = "application/json", Accept = "application/json", ["X-CSRF-Token"] = csrf,
  }, body)
end

function response(status)
  statuses[status] = (statuses[status] or 0) + 1
end

function done()
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      io.write(string.format("status %d %d\n", status, count))
    end
  end
end
