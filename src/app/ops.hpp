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
    Ops(db::Database& database, web::Metrics& metrics, const web::Router& router, std::vector<web::ApiOperation> operations)
        : database_(database), metrics_(metrics), router_(router), operations_(std::move(operations)) {}
    web::Response health(web::Exchange& exchange);
    web::Response metrics(web::Exchange& exchange);
    // Built from the route table at the first request (the table is complete by then), then
    // served from memory.
    web::Response openapi(web::Exchange& exchange);

private:
    std::string openapi_document() const;

    db::Database& database_;
    web::Metrics& metrics_;
    const web::Router& router_;
    const std::vector<web::ApiOperation> operations_;
    std::once_flag openapi_once_;
    std::string openapi_;
};

}  // namespace pmi::app
