#pragma once
// Who sees what of a partnership: program officers everything; the staff of its members
// (Partner or Applicant role in an organisation linked to one of its directory profiles)
// their own partnerships; everyone else its public fields, when it is published.
#include "core/actor.hpp"
#include "db/database.hpp"
#include "partnerships/partnership.hpp"

namespace pmi::partnerships {

enum class Access { Public, Staff, Officer };

Access access_of(db::Connection& connection, const Actor& actor, const Partnership& partnership);

// The partnership as the public sees it: without contacts or the office.
Partnership public_fields(Partnership partnership);

}  // namespace pmi::partnerships
