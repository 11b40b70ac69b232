#pragma once
// The distribution list's word at send time: a list message goes only while its recipient
// is an active subscriber who consents to one of its topics (consent withdrawn, expired or
// erased since the message was queued stops it), and an address that does not exist is
// marked bounced so that nothing more is written to it.
#include "outbox/delivery.hpp"

namespace pmi::mailing {

class ListGuard final : public outbox::SendGuard {
public:
    std::optional<std::string> withhold_reason(db::Connection& connection, const outbox::Message& message, Seconds now) override;
    void hard_bounced(db::Connection& connection, const std::string& address, const std::string& reply, Seconds now) override;
};

}  // namespace pmi::mailing
