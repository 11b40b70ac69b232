#pragma once
// Network organisations in the JSON API under /api/v1/.
#include <vector>

#include "networks/network_service.hpp"
#include "web/api_doc.hpp"
#include "web/i18n.hpp"
#include "web/router.hpp"

namespace pmi::networks {

class NetworkApi {
public:
    static std::vector<web::ApiOperation> operations();

    NetworkApi(NetworkService& networks, const web::I18n& i18n) : networks_(networks), i18n_(i18n) {}
    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);

private:
    NetworkService& networks_;
    const web::I18n& i18n_;
};

}  // namespace pmi::networks
