#pragma once
// Calls as JSON, both ways: what GET /api/v1/calls/:slug returns is what POST /api/v1/calls
// takes back (the phase excepted), so a client can copy a call and edit it.
#include <nlohmann/json.hpp>

#include "calls/call.hpp"
#include "core/result.hpp"

namespace pmi::calls {

nlohmann::json call_to_json(const Call& call, Seconds now);
// Reads the shape only (types, sizes); the rules of a call are the service's to check. Each
// error names the field as the call form does (title_en, criterion_2_weight, question_1_kind…).
Result<Call> call_from_json(const nlohmann::json& body);

}  // namespace pmi::calls
