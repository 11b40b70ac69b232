#pragma once
// Network pages: the public list and profile of each network organisation, and the editor
// for program officers and for the network's own staff; officers also give and take away the
// network role of its staff.
#include "directory/directory_service.hpp"
#include "networks/network_service.hpp"
#include "web/page.hpp"

namespace pmi::networks {

class NetworkPages {
public:
    NetworkPages(NetworkService& networks, directory::DirectoryService& directory, const web::Views& views)
        : networks_(networks), directory_(directory), views_(views) {}

    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response new_form(web::Exchange& exchange);
    web::Response edit_form(web::Exchange& exchange);
    web::Response save(web::Exchange& exchange);
    web::Response grant_staff(web::Exchange& exchange);
    web::Response revoke_staff(web::Exchange& exchange);

private:
    web::Response editor(web::Exchange& exchange, const web::Fields& fields, const Error* error, bool existing);

    NetworkService& networks_;
    directory::DirectoryService& directory_;
    const web::Views& views_;
};

}  // namespace pmi::networks
