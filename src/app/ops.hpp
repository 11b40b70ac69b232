#pragma once
// Operations endpoints: health, metrics and the OpenAPI description of the JSON API.
#include "db/database.hpp"
#include "web/metrics.hpp"
#include "web/router.hpp"

namespace pmi::app {

class Ops {
public:
    Ops(db::Database& database, web::Metrics& metrics, const web::Router& router)
        : database_(database), metrics_(metrics), router_(router) {}
    web::Response health(web::Exchange& exchange);
    web::Response metrics(web::Exchange& exchange);
    web::Response openapi(web::Exchange& exchange);

private:
    db::Database& database_;
    web::Metrics& metrics_;
    const web::Router& router_;
};

}  // namespace pmi::app
