#pragma once
// Operations endpoints: health, metrics and the OpenAPI description of the JSON API.
#include <mutex>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "web/api_doc.hpp"
#include "web/metrics.hpp"
#include "web/router.hpp"

namespace pmi::app {

class Ops {
public:
    Ops(db::Database& database, web::Metrics& metrics, const web::Router& router, std::vector<web::ApiOperation> operations,
        std::string metrics_token)
        : database_(database), metrics_(metrics), router_(router), operations_(std::move(operations)), metrics_token_(std::move(metrics_token)) {}
    web::Response health(web::Exchange& exchange);
    // Only with the configured bearer token, or, without one, to a loopback client that no
    // proxy forwarded: the figures tell an attacker what the site is doing. Anyone else
    // gets a 404.
    web::Response metrics(web::Exchange& exchange);
    // Built from the route table at the first request (the table is complete by then), then
    // served from memory.
    web::Response openapi(web::Exchange& exchange);

private:
    std::string openapi_document() const;
    bool may_read_metrics(const web::Request& request) const;

    db::Database& database_;
    web::Metrics& metrics_;
    const web::Router& router_;
    const std::vector<web::ApiOperation> operations_;
    const std::string metrics_token_;
    std::once_flag openapi_once_;
    std::string openapi_;
};

}  // namespace pmi::app
